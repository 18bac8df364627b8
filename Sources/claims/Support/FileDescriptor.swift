// Files read and written through their descriptors. FileHandle belongs to the full Foundation,
// which the claims binary leaves out for its start-up cost (see Basics/TextHelpers.swift).
// Glibc by name: `open`, `read` and `write` are also this type's own methods.
import Glibc
import FoundationEssentials

/// An open file descriptor. The standard streams are never closed.
struct FileDescriptor {
    let raw: Int32

    static let standardInput = FileDescriptor(raw: 0)
    static let standardOutput = FileDescriptor(raw: 1)
    static let standardError = FileDescriptor(raw: 2)

    /// `path` opened for reading, or the reason it cannot be, in words.
    static func open(forReading path: String) -> Result<FileDescriptor, FileError> {
        let raw = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        return raw < 0 ? .failure(FileError(errno: errno)) : .success(FileDescriptor(raw: raw))
    }

    /// A new file at `path`, opened for writing: refused (EEXIST) when anything is there already,
    /// a link planted at that name included.
    /// `mode` before the umask: 0600 for a file that may hold a password.
    static func create(_ path: String, mode: mode_t = 0o666) -> Result<FileDescriptor, FileError> {
        let raw = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        return raw < 0 ? .failure(FileError(errno: errno)) : .success(FileDescriptor(raw: raw))
    }

    /// Flushes what was written to the disk and closes the file; a pipe or terminal has nothing to flush.
    func syncAndClose() throws(FileError) {
        guard fsync(raw) == 0 || errno == EINVAL else {
            let error = FileError(errno: errno)
            close()
            throw error
        }
        guard Glibc.close(raw) == 0 else { throw FileError(errno: errno) }
    }

    /// Writes all of `bytes`, again after a short write or an interruption; false (with errno set)
    /// when the system refuses, a full disk say.
    @discardableResult
    func write(_ bytes: some ContiguousBytes) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(raw, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    @discardableResult
    func write(_ text: String) -> Bool {
        write(Array(text.utf8))
    }

    /// Up to `count` bytes; empty at the end of the file.
    func read(upTo count: Int) throws(FileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(raw, $0.baseAddress, count) }
            if read >= 0 {
                bytes.removeLast(count - read)
                return bytes
            }
            if errno != EINTR { throw FileError(errno: errno) }
        }
    }

    func close() {
        if raw > 2 { _ = Glibc.close(raw) }
    }
}

/// Why a file could not be opened, read or written, as the system says it ("Permission denied").
struct FileError: Error, CustomStringConvertible {
    var errno: Int32
    var description: String { String(cString: strerror(errno)) }
}
