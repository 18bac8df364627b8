// Lines of a byte stream, read in chunks: memory holds a chunk and a line, never the whole file.

public struct LineReader {
    private var input: ChunkedInput
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

    /// The next line without its line break ("\n" or "\r\n"), or nil at the end of the input.
    public mutating func next() throws -> [UInt8]? {
        var line: [UInt8] = []
        while try input.fill() {
            let start = input.position
            if let newline = input.buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: input.buffer[start..<newline])
                input.consume(newline + 1 - start)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            line.append(contentsOf: input.buffer[start...])
            input.consume(input.buffer.count - start)
        }
        return line.isEmpty ? nil : line
    }
}
