// `claims source independent B A`: a person's word that two sources report independently.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct Independent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "independent",
            abstract: "Record that two sources report independently, whatever their texts share.",
            discussion: """
                claims source independent 14 12 removes what was recorded of 14 resting on 12
                (or 12 on 14), and claims will not find it again: evidence from the two counts
                as two lines, unless they credit one agency or share an outlet.
                """)

        @Argument(help: ArgumentHelp("One source (number or URL).", valueName: "source"))
        var source: String
        @Argument(help: ArgumentHelp("The other source (number or URL).", valueName: "other-source"))
        var other: String
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            try connection.open().sources.relate(source, .independent, to: other)
            Terminal.print("Sources \(source) and \(other) are recorded as independent.")
        }
    }
}
