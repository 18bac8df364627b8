// The streaming CSV reader: the same records whatever the chunk size, and clear problems.
@testable import ClaimsCore
import Testing

@Suite struct CSVReaderTests {
    static let text = "speaker,text\r\nErdoğan,\"He said, \"\"no\"\"\r\nand left\"\n\nPeskov,plain\n\"\",\n,last"

    func records(_ text: String, chunk: Int) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var offset = 0
        var reader = CSVReader(nextChunk: {
            guard offset < bytes.count else { return nil }
            defer { offset += chunk }
            return Array(bytes[offset..<min(bytes.count, offset + chunk)])
        })
        var result: [[String]] = []
        while let record = try reader.next() { result.append(["\(record.line)"] + record.fields) }
        return result
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func chunkBoundariesDoNotMatter(chunk: Int) throws {
        #expect(try records(Self.text, chunk: chunk) == [
            ["1", "speaker", "text"],
            ["2", "Erdoğan", "He said, \"no\"\r\nand left"],
            ["5", "Peskov", "plain"],
            ["6", "", ""],
            ["7", "", "last"],
        ])
    }

    @Test func problemsNameTheirLine() throws {
        #expect(throws: CSVReader.Problem.unterminatedQuote(line: 2)) { try records("a,b\n\"open,x\ny\n", chunk: 4) }
        var bytes = Array("a,b\nok,ok\n".utf8)
        bytes += [0x66, 0xFF, 0x2C, 0x78, 0x0A]  // "f\xFF,x\n": not UTF-8
        var offset = 0
        var reader = CSVReader(nextChunk: {
            guard offset < bytes.count else { return nil }
            defer { offset = bytes.count }
            return bytes
        })
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: CSVReader.Problem.invalidUTF8(line: 3)) { try reader.next() }
    }
}
