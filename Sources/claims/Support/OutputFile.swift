// The one way a command writes its output: to standard output, or to a file that appears whole.
import Glibc
import FoundationEssentials

/// Standard output, or the file `--output` names, written beside its target as
/// `.NAME.partial` and renamed into place when the command has written all of it: a failed command
/// leaves no half file, and the old file, if any, stays as it was.
struct OutputFile {
    /// The file asked for; nil for standard output.
    let path: String?
    private let descriptor: FileDescriptor
    private let partialPath: String?

    /// Runs `body` with the output open, and puts the file in place when it returns; when it
    /// throws, the partial file is removed and the error goes on.
    static func write(to path: String?, _ body: (OutputFile) throws -> Void) throws {
        let file = try OutputFile(path)
        do {
            try body(file)
        } catch {
            file.discard()
            throw error
        }
        try file.finish()
    }

    /// `text` as the whole output.
    static func write(_ text: String, to path: String?) throws {
        try write(to: path) { file in try file.write(text) }
    }

    /// - Throws: `CommandFailure` naming the file when it cannot be created.
    private init(_ path: String?) throws {
        self.path = path
        guard let path else {
            descriptor = .standardOutput
            partialPath = nil
            return
        }
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent().appending(path: ".\(target.lastPathComponent).partial").path
        switch FileDescriptor.open(forWriting: partial) {
        case .success(let opened): descriptor = opened
        case .failure(let error):
            throw CommandFailure(message: "cannot write \(path): \(error); check that its directory exists and is writable")
        }
        partialPath = partial
    }

    /// Writes all of `bytes`.
    ///
    /// - Throws: `CommandFailure` when the system refuses (a full disk, a closed pipe).
    func write(_ bytes: some ContiguousBytes) throws {
        guard descriptor.write(bytes) else {
            let error = FileError(errno: errno)
            throw CommandFailure(message: "cannot write \(path ?? "standard output"): \(error)")
        }
    }

    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Puts the file in place; nothing to do for standard output.
    private func finish() throws {
        guard let path, let partialPath else { return }
        descriptor.close()
        guard rename(partialPath, path) == 0 else {
            let error = FileError(errno: errno)
            _ = unlink(partialPath)
            throw CommandFailure(message: "cannot write \(path): \(error); check that its directory exists and is writable")
        }
    }

    /// Removes the partial file of a write that failed.
    private func discard() {
        guard let partialPath else { return }
        descriptor.close()
        _ = unlink(partialPath)
    }
}
