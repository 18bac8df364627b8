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
                ARTICLE is a saved web page or a text file (imported or not), - for standard
                input, or a recorded source's number or URL. Each proposal has a speaker (known speakers are
                matched by name and alias; others are marked new), the text, quote or
                paraphrase, the date said (from "on Tuesday" and the like), the outlets it
                was relayed through, and the sentence it came from.

                --apply records them in one transaction, importing the file first if needed;
                on a terminal it asks about each, and --yes takes them all.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Argument(help: ArgumentHelp("An article file, -, or a source's number or URL.", valueName: "article"))
        var article: String
        @Option(help: "Output format.")
        var format: Format = .table
        @Flag(help: "Record the proposals.")
        var apply = false
        @Flag(name: .shortAndLong, help: "With --apply, record every proposal without asking.")
        var yes = false
        @Option(help: "With --apply, the address to record an imported file under.")
        var url: String?
        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            if yes && !apply { throw ValidationError("--yes goes with --apply.") }
        }

        func run() throws {
            let database = try connection.open()
            let store = ExtractionStore(database)
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
            switch format {
            case .json: Terminal.print(try JSONOutput.render(ExtractionJSON(subject: subject, proposals: proposals)))
            case .table: Terminal.print(ProposalTable.render(proposals, width: TextLayout.terminalWidth))
            }
        }

        private func record(_ proposals: [ProposedClaim], subject: ExtractionSubject, store: ExtractionStore) throws {
            var chosen = proposals
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw CommandFailure(message: "--apply asks about each claim on a terminal; add --yes to record them all", exitCode: CommandFailure.usage)
                }
                chosen = proposals.filter { proposal in
                    Terminal.note("\n\(proposal.speaker)\(proposal.newSpeaker ? " (new)" : ""): \(proposal.text)")
                    FileDescriptor.standardError.write("Record this \(proposal.kind.rawValue)? [y/N] ")
                    return (readLine() ?? "").lowercased().hasPrefix("y")
                }
            }
            let ids = try store.apply(chosen, to: subject, url: url)
            Terminal.print("Recorded \(ids.count) claim\(ids.count == 1 ? "" : "s")\(ids.isEmpty ? "" : ": " + ids.map { "#\($0)" }.joined(separator: ", ")).")
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

    struct Proposal: Encodable {
        var speaker: String
        var text: String
        var kind: String
        @EncodesNull var said: String?
        @EncodesNull var saidPhrase: String?
        var via: [String]
        var sentence: String
        var newSpeaker: Bool

        enum CodingKeys: String, CodingKey {
            case speaker, text, kind, said, via, sentence
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
                speaker: $0.speaker, text: $0.text, kind: $0.kind.rawValue, said: $0.said?.description, saidPhrase: $0.saidPhrase,
                via: $0.via, sentence: $0.sentence, newSpeaker: $0.newSpeaker)
        }
    }
}

enum ProposalTable {
    static func render(_ proposals: [ProposedClaim], width: Int) -> String {
        guard !proposals.isEmpty else { return "No claims found." }
        let rows = proposals.enumerated().map { index, proposal in
            [
                String(index + 1), proposal.speaker + (proposal.newSpeaker ? " (new)" : ""), proposal.kind.rawValue,
                proposal.said?.description ?? "-", proposal.via.joined(separator: ", "),
                TextLayout.truncate(TextLayout.singleLine(proposal.text), to: max(30, width - 70)),
            ]
        }
        return TableRenderer(headers: ["#", "SPEAKER", "KIND", "SAID", "VIA", "TEXT"], rows: rows).render()
    }
}
