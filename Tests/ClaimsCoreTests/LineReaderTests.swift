// The chunked line reader behind import jsonl.
import Testing

@testable import ClaimsCore

@Suite struct LineReaderTests {
    /// Feeds `text` in chunks of `size` bytes and collects the lines as strings.
    func lines(_ text: String, chunk size: Int) throws -> [String] {
        var bytes = Array(text.utf8)[...]
        var reader = LineReader(nextChunk: {
            guard !bytes.isEmpty else { return nil }
            defer { bytes = bytes.dropFirst(size) }
            return Array(bytes.prefix(size))
        })
        var result: [String] = []
        while let line = try reader.next() { result.append(String(decoding: line, as: UTF8.self)) }
        #expect(reader.bytesRead == text.utf8.count)
        return result
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func linesSurviveEveryChunkBoundary(size: Int) throws {
        #expect(try lines("one\ntwo\r\n\nfour é\nlast", chunk: size) == ["one", "two", "", "four é", "last"])
        #expect(try lines("a\n", chunk: size) == ["a"])
        #expect(try lines("\n\n", chunk: size) == ["", ""])
        #expect(try lines("", chunk: size).isEmpty)
    }
}
