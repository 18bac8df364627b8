// `claims source`: the articles and reports claims appear in.
import ArgumentParser

extension Claims {
    struct Source: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source",
            abstract: "Add, list and describe sources (articles and reports).",
            subcommands: [Add.self, Import.self, List.self, Show.self, Edit.self, Merge.self, RestsOn.self, Independent.self])
    }
}
