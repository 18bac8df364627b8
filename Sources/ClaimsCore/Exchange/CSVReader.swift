// RFC 4180 CSV read as a stream: quoted fields, doubled quotes, commas and line breaks inside
// quotes, CRLF or LF. Reads chunks of bytes, so a file of any size takes little memory.

public struct CSVReader {
    struct Record {
        /// 1-based line on which the record starts.
        var line: Int
        var fields: [String]
    }

    enum Problem: Error, Equatable {
        case unterminatedQuote(line: Int)
        case invalidUTF8(line: Int)
    }

    private var input: ChunkedInput
    private var line = 1
    /// Bytes consumed so far, for progress.
    public var bytesRead: Int { input.bytesRead }

    /// - Parameter nextChunk: returns the next bytes of the input, or nil at its end.
    public init(nextChunk: @escaping () throws -> [UInt8]?) {
        input = ChunkedInput(nextChunk: nextChunk)
    }

    /// A reader over text already in memory.
    public init(text: String) {
        input = ChunkedInput(text: text)
    }

    private mutating func nextByte() throws -> UInt8? {
        guard try input.fill() else { return nil }
        let byte = input.buffer[input.position]
        input.consume(1)
        return byte
    }

    private mutating func peekByte() throws -> UInt8? {
        guard let byte = try nextByte() else { return nil }
        input.consume(-1)
        return byte
    }

    /// The next record, or nil at the end. Blank lines are skipped.
    mutating func next() throws -> Record? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        while true {
            var fields: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var started = false
            let recordLine = line
            func finishField() throws {
                guard let text = String(validating: field, as: UTF8.self) else { throw Problem.invalidUTF8(line: recordLine) }
                fields.append(text)
                field.removeAll(keepingCapacity: true)
            }
            while true {
                guard let byte = try nextByte() else {
                    if inQuotes { throw Problem.unterminatedQuote(line: recordLine) }
                    if !started && fields.isEmpty && field.isEmpty { return nil }
                    try finishField()
                    return Record(line: recordLine, fields: fields)
                }
                if inQuotes {
                    if byte == quote {
                        if try peekByte() == quote {
                            _ = try nextByte()
                            field.append(quote)
                        } else {
                            inQuotes = false
                        }
                    } else {
                        if byte == lf { line += 1 }
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case quote where field.isEmpty:
                    inQuotes = true
                    started = true
                case comma:
                    try finishField()
                    started = true
                case cr where try peekByte() == lf:
                    continue
                case lf, cr:
                    line += 1
                    if !started && fields.isEmpty && field.isEmpty { break }  // a blank line
                    try finishField()
                    return Record(line: recordLine, fields: fields)
                default:
                    field.append(byte)
                    started = true
                }
                if byte == lf || byte == cr, !started, fields.isEmpty { break }
            }
        }
    }
}
