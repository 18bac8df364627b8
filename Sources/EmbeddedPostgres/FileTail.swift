// The end of a file, read with POSIX calls: for the server log, which grows for as long as the
// cluster lives, and for /proc files, which say their size is 0.
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

enum FileTail {
    /// At most the last `bytes` of the file at `path` (all of it when it is shorter, or when it
    /// cannot seek, as /proc files cannot from their end); nil when it cannot be read or is empty.
    static func read(_ path: String, last bytes: Int) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if lseek(descriptor, off_t(-bytes), SEEK_END) < 0 { _ = lseek(descriptor, 0, SEEK_SET) }
        var buffer = [UInt8](repeating: 0, count: bytes)
        var count = 0
        while count < bytes {
            let got = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress.map { $0 + count }, bytes - count)
            }
            guard got > 0 else { break }
            count += got
        }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }
}
