// A byte stream read in chunks: the part LineReader and CSVReader share.

/// Bytes arriving in chunks, with a read position in the current one.
struct ChunkedInput {
    private let nextChunk: () throws -> [UInt8]?
    private(set) var buffer: [UInt8] = []
    /// The next unread byte of `buffer`; move it with `consume`.
    private(set) var position = 0
    private var finished = false
    /// Bytes consumed so far, for progress.
    private(set) var bytesRead = 0

    init(nextChunk: @escaping () throws -> [UInt8]?) {
        self.nextChunk = nextChunk
    }

    /// Input already in memory, as one chunk.
    init(text: String) {
        var chunk: [UInt8]? = Array(text.utf8)
        self.init(nextChunk: {
            defer { chunk = nil }
            return chunk
        })
    }

    /// Whether unread bytes are in `buffer`, reading the next chunk if the current one is used up.
    mutating func fill() throws -> Bool {
        if position < buffer.count { return true }
        guard !finished, let chunk = try nextChunk(), !chunk.isEmpty else {
            finished = true
            return false
        }
        buffer = chunk
        position = 0
        return true
    }

    /// Moves the read position by `count` bytes of the current chunk (negative to step back).
    mutating func consume(_ count: Int) {
        position += count
        bytesRead += count
    }
}
