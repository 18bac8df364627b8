// The one way a command writes its output: to standard output, or to a file that appears whole.
import ArgumentParser
import Glibc
import FoundationEssentials

/// `--output`, for every command that can write a file: a path, or standard output.
struct OutputFileOption: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    /// `text` as the whole output.
    func write(_ text: String) throws {
        try OutputFile.write(to: output) { file in try file.write(text) }
    }

    /// See `OutputFile.write(to:_:)`.
    func write(_ body: (OutputFile) throws -> Void) throws {
        try OutputFile.write(to: output, body)
    }
}

/// Standard output, or the file `--output` names. A file is written under a fresh name beside its
/// target, flushed to the disk and renamed into place when the command has written all of it: a
/// command that fails leaves no half file, and the old file, if any, stays as it was.
final class OutputFile {
    /// The file asked for; nil for standard output.
    let path: String?
    /// Opened at the first write, so that a command refused before it has anything to write (an
    /// unknown speaker) says so rather than complaining about the file.
    private var descriptor: FileDescriptor?
    private var partialPath: String?

    private init(_ path: String?) {
        self.path = path
        if path == nil { descriptor = .standardOutput }
    }

    /// Runs `body` with the output open, and puts the file in place when it returns; when it
    /// throws, the partial file is removed and the error goes on.
    static func write(to path: String?, _ body: (OutputFile) throws -> Void) throws {
        let file = OutputFile(path)
        do {
            try body(file)
            try file.finish()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes all of `bytes`.
    ///
    /// - Throws: `CommandFailure` when the file cannot be created or the system refuses the write
    ///   (a full disk, a closed pipe).
    func write(_ bytes: some ContiguousBytes) throws {
        let descriptor = try opened()
        guard descriptor.write(bytes) else { throw failure(FileError(errno: errno)) }
    }

    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    private func opened() throws -> FileDescriptor {
        if let descriptor { return descriptor }
        guard let path else { return .standardOutput }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        // A name no one else holds (`create` refuses an existing file or a planted link).
        for attempt in 0..<100 {
            let candidate = directory.appending(path: ".\(target.lastPathComponent).\(getpid()).\(attempt).partial").path
            switch FileDescriptor.create(candidate) {
            case .success(let opened):
                descriptor = opened
                partialPath = candidate
                return opened
            case .failure(let error) where error.errno == EEXIST: continue
            case .failure(let error): throw failure(error)
            }
        }
        throw failure(FileError(errno: EEXIST))
    }

    /// Puts the file in place; for standard output, nothing to do.
    private func finish() throws {
        guard let path else { return }
        // A command that wrote nothing still leaves an (empty) file, as asked.
        let descriptor = try opened()
        guard let partialPath else { return }
        self.descriptor = nil
        do { try descriptor.syncAndClose() } catch { throw failure(error) }
        guard rename(partialPath, path) == 0 else { throw failure(FileError(errno: errno)) }
        self.partialPath = nil
    }

    /// Removes the partial file of a command that failed.
    private func discard() {
        if let descriptor, path != nil { descriptor.close() }
        descriptor = nil
        if let partialPath { _ = unlink(partialPath) }
        partialPath = nil
    }

    /// "cannot write PATH: the system's reason", with the fix when the reason is the place.
    private func failure(_ error: FileError) -> CommandFailure {
        let place = [ENOENT, ENOTDIR, EACCES, EROFS].contains(error.errno)
        let hint = place ? "; check that its directory exists and is writable" : ""
        return CommandFailure(message: "cannot write \(path ?? "standard output"): \(error)\(hint)")
    }
}
