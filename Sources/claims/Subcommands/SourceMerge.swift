// `claims source merge KEEP DUPLICATE`: one article recorded twice, made one.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Fold a duplicate source into another: its claims and report links move over, in one transaction.",
            discussion: """
                Sources are given by number (7 or #7) or address. The first is kept. The
                duplicate's claims, and the links that cite it as a report, move to it; it takes
                the duplicate's language and stored article text where it has none. The
                duplicate's record is then deleted; the history keeps it, with your name and
                --reason.

                Refused when both keep an article text and quotes are anchored in the
                duplicate's, since the anchors would point into another text. Deleting needs the
                claims_admin role where roles are in use.
                """)

        @Argument(help: ArgumentHelp("The source to keep (number or address).", valueName: "keep"))
        var keep: String
        @Argument(help: ArgumentHelp("The duplicate to fold into it (number or address).", valueName: "duplicate"))
        var duplicate: String
        @Option(help: ArgumentHelp("Why, for the record (default: which was merged into which).", valueName: "text"))
        var reason: String?
        @Flag(help: "Merge without asking (needed when not on a terminal).")
        var yes = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let sources = try connection.open().sources
            if let kept = try sources.resolve(keep), let removed = try sources.resolve(duplicate), kept.id != removed.id {
                try Confirmation.require(
                    "Merge source #\(removed.id) \(removed.url) into #\(kept.id) \(kept.url)? Its claims and report links move over and its record is deleted",
                    yes: yes, refusal: "merging deletes source #\(removed.id)")
            }
            let merged = try sources.merge(keep: keep, duplicate: duplicate, reason: reason)
            var summary = "Merged \(merged.removedURL) into #\(merged.kept.id) \(merged.kept.url): "
                + "\(merged.claimsMoved) claim\(merged.claimsMoved == 1 ? "" : "s") and "
                + "\(merged.linksMoved) report link\(merged.linksMoved == 1 ? "" : "s") moved"
            if merged.linksDropped > 0 {
                summary += ", \(merged.linksDropped) already there dropped"
            }
            Terminal.print(summary + ".")
        }
    }
}
