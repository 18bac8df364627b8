// `claims speaker merge KEEP DUPLICATE`: one person recorded twice, made one.
import ArgumentParser
import ClaimsCore

extension Claims.Speaker {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Fold a duplicate speaker into another: its claims and names move over, in one transaction.",
            discussion: """
                The first speaker is kept. The duplicate's name becomes an alias of it, its
                claims and aliases move to it, and its role, affiliation and Wikidata id fill
                any the kept speaker lacks. The duplicate's record is then deleted; the history
                keeps it, with your name and --reason. Deleting needs the claims_admin role
                where roles are in use.
                """)

        @Argument(help: ArgumentHelp("The speaker to keep (name or alias).", valueName: "keep"))
        var keep: String
        @Argument(help: ArgumentHelp("The duplicate to fold into it (name or alias).", valueName: "duplicate"))
        var duplicate: String
        @Option(help: ArgumentHelp("Why, for the record (default: which was merged into which).", valueName: "text"))
        var reason: String?
        @Flag(help: "Merge without asking (needed when not on a terminal).")
        var yes = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let speakers = try connection.open().speakers
            let (kept, removed) = (try speakers.resolve(keep), try speakers.resolve(duplicate))
            if kept.id != removed.id {
                try Confirmation.require(
                    "Merge speaker '\(removed.name)' (#\(removed.id)) into '\(kept.name)' (#\(kept.id))? Its claims and names move over and its record is deleted",
                    yes: yes, refusal: "merging deletes speaker '\(removed.name)'")
            }
            let merged = try speakers.merge(keep: keep, duplicate: duplicate, reason: reason)
            Terminal.print(
                "Merged '\(merged.removedName)' into '\(merged.kept.name)': \(merged.claimsMoved) claim\(merged.claimsMoved == 1 ? "" : "s") "
                    + "and \(merged.namesMoved) name\(merged.namesMoved == 1 ? "" : "s") moved.")
        }
    }
}
