// `claims speaker add NAME`.
import ArgumentParser
import ClaimsCore

extension Claims.Speaker {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a speaker.",
            discussion: """
                Example:
                  claims speaker add "Dmitry Peskov" --alias Peskov --role "Kremlin spokesman" \\
                      --affiliation Kremlin --wikidata Q4165244
                """)

        @Argument(help: "The speaker's full name.")
        var name: String
        @Option(name: .customLong("alias"), help: "Another name the speaker goes by (repeatable).")
        var aliases: [String] = []
        @Option(help: "Role or title, e.g. \"Kremlin spokesman\".")
        var role: String?
        @Option(help: "Organisation, e.g. Kremlin.")
        var affiliation: String?
        @Option(help: ArgumentHelp("Wikidata item id.", valueName: "QID"))
        var wikidata: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let speakers = try connection.open().speakers
            let speaker = try speakers.add(NewSpeaker(name: name, aliases: aliases, role: role, affiliation: affiliation, wikidataID: wikidata))
            // Recorded as asked; a person who may be on record already is named, with the way back.
            for existing in try speakers.likelyDuplicates(of: speaker.name, except: speaker.id) {
                let via = existing.matched == existing.speakerName ? "" : " (\(existing.matchedIsAlias ? "alias" : "name") '\(existing.matched)')"
                Terminal.note(
                    "claims: warning: '\(speaker.name)' may be '\(existing.speakerName)' (#\(existing.speakerID))\(via), already on record; "
                        + "if so: claims speaker merge \(ClaimsError.quoted(existing.speakerName)) \(ClaimsError.quoted(speaker.name))")
            }
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(SpeakerJSON(speaker)))
            case .table: Terminal.print("Added speaker #\(speaker.id): \(speaker.name)")
            }
        }
    }
}
