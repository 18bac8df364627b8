// Lines of a byte stream, read in chunks: memory holds a chunk and a line, never the whole file.

public struct LineReader {
    private let nextChunk: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead = 0

    /// - Parameter nextChunk: returns the next bytes of the input, or nil at its end.
    public init(nextChunk: @escaping () throws -> [UInt8]?) {
        self.nextChunk = nextChunk
    }

    /// A reader over text already in memory.
    public init(text: String) {
        var chunk: [UInt8]? = Array(text.utf8)
        self.init(nextChunk: {
            defer { chunk = nil }
            return chunk
        })
    }

    /// The next line without its line break ("\n" or "\r\n"), or nil at the end of the input.
    public mutating func next() throws -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position == buffer.count {
                guard !finished, let chunk = try nextChunk(), !chunk.isEmpty else {
                    finished = true
                    return line.isEmpty ? nil : line
                }
                buffer = chunk
                position = 0
            }
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: buffer[position..<newline])
                bytesRead += newline + 1 - position
                position = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            line.append(contentsOf: buffer[position...])
            bytesRead += buffer.count - position
            position = buffer.count
        }
    }
}
