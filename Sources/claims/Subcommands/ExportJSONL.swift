// `claims export jsonl`: everything, losslessly, one JSON object per line.
import ArgumentParser
import ClaimsCore

extension Claims.Export {
    struct JSONL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jsonl",
            abstract: "Write every speaker, outlet, source (with text), claim (with anchors), link and review, and each claim's history, one JSON object per line.",
            discussion: """
                `claims import jsonl` reads it back, the history too (who changed what, when and
                why), so that `claims history` in the copy tells the same story; exporting the
                copy gives the same bytes.
                """)

        @OptionGroup var file: OutputFileOption
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let exchange = try connection.open(writes: false).jsonl
            // A failed write (a full disk) stops the export before the partial file is put in place.
            try file.write { file in
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 16)
                try exchange.export { line in
                    buffer.append(contentsOf: line.utf8)
                    buffer.append(UInt8(ascii: "\n"))
                    if buffer.count >= 1 << 16 {
                        try file.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                try file.write(buffer)
            }
        }
    }
}
