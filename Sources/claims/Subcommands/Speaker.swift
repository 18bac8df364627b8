// `claims speaker`: the people and bodies whose words are recorded.
import ArgumentParser

extension Claims {
    struct Speaker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "speaker",
            abstract: "Add, list, describe and merge speakers.",
            discussion: """
                A speaker can be found by its name or any alias, ignoring case and accents:
                "erdogan" finds "Recep Tayyip Erdoğan". No two speakers share a name or alias.
                """,
            subcommands: [Add.self, List.self, Show.self, Merge.self])
    }
}
