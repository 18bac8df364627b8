// `claims source rests-on B A`: a person's word that source B's reporting rests on source A's.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct RestsOn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rests-on",
            abstract: "Record that a source's reporting rests on another's (it copies or follows it).",
            discussion: """
                Read it as a sentence: claims source rests-on 14 12 says source 14 rests on
                source 12. Evidence from both then counts as one line, rooted where 12's
                reporting is (an agency 12 credits, else 12's outlet). claims finds most such
                copies itself when a text is recorded (texts at least \(Int(SourceResemblance.threshold * 100))% alike); this
                corrects it where it could not tell.
                The opposite is: claims source independent 14 12
                """)

        @Argument(help: ArgumentHelp("The source that rests on the other (number or URL).", valueName: "source"))
        var source: String
        @Argument(help: ArgumentHelp("The source it rests on (number or URL).", valueName: "earlier-source"))
        var other: String
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            try connection.open().sources.relate(source, .restsOn, to: other)
            Terminal.print("Source \(source) now rests on source \(other): evidence from the two counts as one line.")
        }
    }
}
