// `claims import claimreview FILE`: ClaimReview JSON-LD into the record.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims.Import {
    struct ClaimReview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claimreview",
            abstract: "Import schema.org ClaimReview JSON-LD: speakers, sources, claims and reviews.",
            discussion: """
                Reads a single ClaimReview, an array, or an @graph, as publishers embed them;
                values may be single items or arrays, authors a Person or an Organization, dates
                of any precision. Existing speakers, sources, claims and reviews are reused. An
                item that cannot be used is reported on stderr and skipped; --strict makes it
                fatal and nothing is written. A claim that repeats one recorded from another
                source (the same speaker within a day, near-identical words) is recorded as
                another report of it (an appearance), and the summary counts them.
                """)

        @Argument(help: ArgumentHelp("The JSON-LD file, or - for standard input.", valueName: "file"))
        var file: String
        @Flag(help: "Stop at the first unusable item and write nothing.")
        var strict = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let text = try InputFile.read(file)
            let summary: ClaimReviewImport.Summary
            do {
                summary = try connection.open().claimReviewImport.importDocument(Data(text.utf8), strict: strict)
            } catch ClaimsError.invalidDocument(let reason) {
                throw CommandFailure(message: "\(file) cannot be imported: \(reason)")
            }
            for skipped in summary.skipped {
                Terminal.note("claims: skipped ClaimReview item \(skipped.item): \(skipped.error.message)")
            }
            Terminal.print(
                "Imported \(summary.items - summary.skipped.count) of \(counted(summary.items, "ClaimReview item")): \(counted(summary.reviews, "new review")), "
                    + "\(counted(summary.claims, "claim"))\(summary.appearances > 0 ? " (\(summary.appearances) as other reports of claims already recorded)" : ""), "
                    + "\(counted(summary.speakers, "speaker")), \(counted(summary.sources, "source")).")
        }
    }
}
