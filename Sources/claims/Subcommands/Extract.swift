// `claims extract FILE-or-SOURCE`: propose the claims in an article, and record them with --apply.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

extension Claims {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Propose the claims in an article: quotations, reported speech, relayed attribution.",
            discussion: """
                ARTICLE is a saved web page or a text file (imported or not), - for
                standard input, or a recorded source's number or URL. Each proposal has
                a speaker (known speakers are matched by name, alias and role; others
                are marked new), the text, quote or paraphrase, the date said (from "on
                Tuesday" and the like), the outlets it was relayed through, and the
                sentence it came from. --explain adds how it was found: the rule, its
                confidence, the words that named the speaker and where the claim's
                words sit in the article.

                --apply records them in one transaction, importing the file first if
                needed. On a terminal it asks about each one, as git add -p does:

                  y  record this one          n  skip it
                  a  record this and the rest q  stop, recording what was accepted
                  e  edit the speaker or text ?  help

                --yes records them all without asking. A proposal whose speaker said
                near-identical words within a day in another source already is
                recorded as another report of that claim (an appearance), and the
                summary says which.
                """)

        @Argument(help: ArgumentHelp("An article file, -, or a source's number or URL.", valueName: "article"))
        var article: String
        @OptionGroup var output: FormatOption<TableOrJSON>
        @Flag(help: "Show how each proposal was found: rule, confidence, speaker mention, offsets.")
        var explain = false
        @Flag(help: "Record the proposals.")
        var apply = false
        @Flag(name: .shortAndLong, help: "With --apply, record every proposal without asking.")
        var yes = false
        @Option(help: "With --apply, the address to record an imported file under.")
        var url: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            if yes && !apply { throw ValidationError("--yes goes with --apply.") }
        }

        func run() throws {
            let database = try connection.open()
            let store = database.extraction
            let subject: ExtractionSubject
            if article == "-" || FileManager.default.fileExists(atPath: article) {
                subject = try store.subject(
                    file: try InputFile.readBytes(article, limit: 64 << 20), name: article == "-" ? "standard input" : article)
            } else {
                subject = try store.subject(source: article)
            }
            let proposals = try store.propose(for: subject)
            if apply {
                try record(proposals, subject: subject, store: store)
                return
            }
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(ExtractionJSON(subject: subject, proposals: proposals)))
            case .table where explain: Terminal.print(ProposalTable.explained(proposals))
            case .table: Terminal.print(ProposalTable.render(proposals, width: TextLayout.tableWidth))
            }
        }

        private func record(_ proposals: [ProposedClaim], subject: ExtractionSubject, store: ExtractionStore) throws {
            var chosen = proposals
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw CommandFailure(message: "--apply asks about each claim on a terminal; add --yes to record them all", exitCode: CommandFailure.usage)
                }
                chosen = ProposalReview(proposals: proposals, article: subject.body).run()
            }
            let recorded = try store.apply(chosen, to: subject, url: url)
            let ids = recorded.map { "#\($0.id)" }.joined(separator: ", ")
            Terminal.print("Recorded \(recorded.count) claim\(recorded.count == 1 ? "" : "s")\(recorded.isEmpty ? "" : ": " + ids).")
            let appearances = recorded.compactMap { claim in claim.appearanceOf.map { "#\(claim.id) of #\($0)" } }
            if !appearances.isEmpty {
                Terminal.print(
                    "\(appearances.count) of them \(appearances.count == 1 ? "is another report" : "are other reports") of a statement already recorded: "
                        + appearances.joined(separator: ", ") + " (see claims drift ID).")
            }
        }
    }
}

struct ExtractionJSON: Encodable {
    struct Detected: Encodable {
        @EncodesNull var id: Int?
        @EncodesNull var url: String?
        @EncodesNull var title: String?
        @EncodesNull var outlet: String?
        @EncodesNull var published: String?
    }

    struct Speaker: Encodable {
        /// Who it will be recorded as.
        var name: String
        /// As the article names them here: "the diplomat", "he", "Kremlin spokesman Dmitry Peskov".
        var mention: String
        /// The recorded speaker it resolved to, or null for a new one.
        @EncodesNull var known: String?
    }

    struct Proposal: Encodable {
        var speaker: Speaker
        var newSpeaker: Bool
        var text: String
        var kind: String
        @EncodesNull var said: String?
        @EncodesNull var saidPhrase: String?
        var via: [String]
        var sentence: String
        var start: Int
        var end: Int
        var rule: String
        var confidence: Double

        enum CodingKeys: String, CodingKey {
            case speaker, text, kind, said, via, sentence, start, end, rule, confidence
            case saidPhrase = "said_phrase"
            case newSpeaker = "new_speaker"
        }
    }

    var source: Detected
    var proposals: [Proposal]

    init(subject: ExtractionSubject, proposals: [ProposedClaim]) {
        source = Detected(
            id: subject.sourceID, url: subject.url, title: subject.headline, outlet: subject.outlet,
            published: subject.published?.description)
        self.proposals = proposals.map {
            Proposal(
                speaker: Speaker(name: $0.speaker, mention: $0.mention, known: $0.newSpeaker ? nil : $0.speaker), newSpeaker: $0.newSpeaker,
                text: $0.text, kind: $0.kind.rawValue, said: $0.said?.description, saidPhrase: $0.saidPhrase, via: $0.via,
                sentence: $0.sentence, start: $0.start, end: $0.end, rule: $0.rule, confidence: ($0.confidence * 100).rounded() / 100)
        }
    }
}

enum ProposalTable {
    static func render(_ proposals: [ProposedClaim], width: Int?) -> String {
        guard !proposals.isEmpty else { return "No claims found." }
        let rows = proposals.enumerated().map { index, proposal in
            [
                String(index + 1), proposal.speaker + (proposal.newSpeaker ? " (new)" : ""), proposal.kind.rawValue,
                proposal.said?.description ?? "-", proposal.via.joined(separator: ", "),
                TextLayout.singleLine(proposal.text),
            ]
        }
        return TableLayout(headers: ["#", "SPEAKER", "KIND", "SAID", "VIA", "TEXT"], rows: rows)
            .render(fittingIn: width, shrinking: [5, 4, 1])
    }

    /// One block per proposal: what it is, its words, and how it was found.
    static func explained(_ proposals: [ProposedClaim]) -> String {
        guard !proposals.isEmpty else { return "No claims found." }
        return proposals.enumerated().map { index, proposal in
            let resolved = proposal.newSpeaker ? "a new speaker" : "the recorded speaker \(proposal.speaker)"
            return """
                \(index + 1). \(ProposalReview.summary(proposal))
                   \(TextLayout.singleLine(proposal.text))
                   rule \(proposal.rule), confidence \((proposal.confidence * 100).rounded() / 100); "\(TextLayout.singleLine(proposal.mention))" is \(resolved); characters \(proposal.start)-\(proposal.end)
                """
        }.joined(separator: "\n\n")
    }
}
