// `claims add TEXT --speaker NAME --source URL-or-ID`.
import ArgumentParser
import ClaimsCore
import Basics

extension Claims {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a claim: what a speaker said, and where it was reported.",
            discussion: """
                Example:
                  claims add "Coordination is necessary." --speaker Peskov \\
                      --source https://news.example/2015/12/02/coordination \\
                      --said 2015-12-01 --via "RIA Novosti" --topic daesh

                DATE is YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known,
                or written out ("December 1, 2015", "1 December 2015", "December 2015"), or
                the article's own words: today, yesterday, (on) Tuesday, last Friday, on
                Nov. 30, last week (the month it falls in), last month. Words are worked out
                from the source's publication date and kept, so readers can see how the
                date was obtained.

                A verbatim quote added to a source with stored text must occur in that
                text (curly or straight quotes, dashes and spacing do not matter); claims
                records where, and refuses a quote it cannot find.
                An unknown source URL is recorded on the spot when --title, --outlet and
                --published are given. Prints the new claim's number.

                When the speaker said near-identical words within a day of it already (words
                80% alike, or the same quote in both sources' texts), claims asks on a terminal
                whether this is the same statement; elsewhere it refuses and names the claim.
                Say which it is:
                  --same-as 12   another report of claim 12's statement (an appearance of it)
                  --new          a statement of its own
                """)

        @Argument(help: "What was said: the exact words, or a summary with --paraphrase.")
        var text: String
        @Option(help: "Who said it: a name or alias.")
        var speaker: String
        @Flag(help: "Add the speaker if no speaker goes by that name.")
        var createSpeaker = false
        @Option(help: ArgumentHelp("Where it was reported: a source number or URL.", valueName: "url-or-id"))
        var source: String
        @Option(help: ArgumentHelp("When it was said.", valueName: "date"))
        var said: String?
        @Option(name: .customLong("via"), help: ArgumentHelp("An outlet it came through, in order (repeatable).", valueName: "outlet"))
        var via: [String] = []
        @Flag(help: "The text is the reporter's summary, not the speaker's own words.")
        var paraphrase = false
        @Option(name: .customLong("topic"), help: ArgumentHelp("A topic (repeatable).", valueName: "topic"))
        var topics: [String] = []
        @Option(help: "Title of a source not recorded yet.")
        var title: String?
        @Option(help: "Outlet of a source not recorded yet.")
        var outlet: String?
        @Option(help: ArgumentHelp("Publication date of a source not recorded yet.", valueName: "YYYY-MM-DD"))
        var published: String?
        @Option(help: ArgumentHelp("Record it as another report of this claim's statement.", valueName: "id"))
        var sameAs: Int?
        @Flag(name: .customLong("new"), help: "Record it as a statement of its own, however like an earlier claim it is.")
        var isNew = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func validate() throws {
            if sameAs != nil, isNew { throw ValidationError("Give --same-as or --new, not both.") }
        }

        func run() throws {
            let publishedDay = try published.map(DayArgument.parse)
            var claim = NewClaim(
                text: text, speaker: speaker, createSpeaker: createSpeaker, source: source, sourceTitle: title,
                sourceOutlet: outlet, sourcePublished: publishedDay, said: said, via: via,
                kind: paraphrase ? .paraphrase : .quote, topics: topics)
            claim.statement = sameAs.map(StatementChoice.sameAs) ?? (isNew ? .new : .askFirst)
            let store = try connection.open().claims
            let id: Int
            do {
                id = try store.add(claim)
            } catch ClaimsError.possiblySameStatement(let existing, _) where Terminal.isInteractive {
                // Nothing was recorded; ask, then record it the way the answer says.
                let earlier = try store.claim(id: existing)
                Terminal.note("This looks like claim #\(existing): \(earlier.speakerName), \(earlier.effectiveDate.forPeople), \(earlier.source.outletForPeople)")
                Terminal.note("  “\(TextLayout.singleLine(earlier.text))”")
                FileDescriptor.standardError.write("The same statement as #\(existing) [y,n]? ")
                let answer = (readLine() ?? "").trimmingWhitespace().lowercased()
                guard let first = answer.first, first == "y" || first == "n" else {
                    throw CommandFailure(message: "nothing recorded: answer y (the same statement) or n (a new one), or pass --same-as \(existing) or --new")
                }
                claim.statement = first == "y" ? .sameAs(existing) : .new
                id = try store.add(claim)
            }
            switch output.format {
            case .json:
                struct Created: Encodable { var id: Int }
                Terminal.print(try JSONOutput.render(Created(id: id)))
            case .table:
                Terminal.print(String(id))
            }
        }
    }
}
