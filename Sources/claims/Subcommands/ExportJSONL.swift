// `claims export jsonl`: everything, losslessly, one JSON object per line.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

extension Claims.Export {
    struct JSONL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jsonl",
            abstract: "Write every speaker, outlet, source (with text), claim (with anchors), link and review, one JSON object per line.",
            discussion: "`claims import jsonl` reads it back; exporting again gives the same bytes.")

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?
        @OptionGroup var connection: ConnectionOptions

        func run() throws {
            let exchange = try connection.open(writes: false).jsonl
            let handle: FileDescriptor
            var temporary: URL?
            if let output {
                // Written beside the target and renamed at the end, so a failed export leaves no half file.
                let target = URL(fileURLWithPath: output)
                let partial = target.deletingLastPathComponent().appending(path: ".\(target.lastPathComponent).partial")
                switch FileDescriptor.open(forWriting: partial.path) {
                case .success(let opened): handle = opened
                case .failure(let error): throw CommandFailure(message: "cannot write \(output): \(error)")
                }
                temporary = partial
            } else {
                handle = FileDescriptor.standardOutput
            }
            var buffer = Data()
            try exchange.export { line in
                buffer.append(contentsOf: line.utf8)
                buffer.append(UInt8(ascii: "\n"))
                if buffer.count >= 1 << 16 {
                    try Self.write(buffer, to: handle, output)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try Self.write(buffer, to: handle, output)
            if let temporary, let output {
                handle.close()
                guard rename(temporary.path, output) == 0 else {
                    throw CommandFailure(message: "cannot write \(output): \(String(cString: strerror(errno)))")
                }
            }
        }

        /// A failed write to a file (a full disk) stops the export before the partial file is renamed.
        static func write(_ bytes: Data, to handle: FileDescriptor, _ output: String?) throws {
            guard handle.write(bytes) else {
                throw CommandFailure(message: "cannot write \(output ?? "standard output"): \(FileError(errno: errno))")
            }
        }
    }
}
