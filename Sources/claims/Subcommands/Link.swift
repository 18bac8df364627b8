// `claims link FROM RELATION TO`, read as a sentence.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims {
    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: "Record that a later claim or report corroborates, contradicts or responds to a claim, or reports it again.",
            discussion: """
                Read it as a sentence, later side first:
                  claims link 40 contradicts 20            claim 40 contradicts claim 20
                  claims link --report URL corroborates 20 a report backs claim 20 up
                  claims link 41 same-statement 20         41 is another report of 20
                RELATION is corroborates, contradicts, responds-to or same-statement.

                same-statement makes claim 41 an appearance of claim 20: another outlet's
                wording, a translation, a re-publication. It stays on record with its own
                source, via and words, is listed under claim 20 in `claims show` and `claims
                drift`, and is left out of list, timeline and search (unless --all-appearances).
                It is never corroboration.

                A claim's status counts independent lines of evidence, not links: evidence that
                rests on the same agency, outlet or copied text is one line, and evidence that
                rests on what the claim itself rests on, or on its own speaker, does not count.
                `claims show` explains a status.
                """)

        @Argument(help: "The later claim's number, then RELATION and the earlier claim's number (with --report: RELATION and the claim).")
        var words: [String] = []
        @Option(help: ArgumentHelp("A later report (source number or URL) instead of a later claim.", valueName: "url-or-id"))
        var report: String?
        @Option(help: "Why, in a few words.")
        var note: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        struct Sentence {
            var origin: LinkOrigin
            var relation: Relation
            var target: Int
        }

        func sentence() throws -> Sentence {
            let expected = report == nil ? 3 : 2
            guard words.count == expected else {
                throw ValidationError(
                    report == nil
                        ? "Give three words: LATER-CLAIM RELATION EARLIER-CLAIM, e.g. claims link 40 contradicts 20."
                        : "With --report give two words: RELATION CLAIM, e.g. claims link --report URL contradicts 20.")
            }
            let relationWord = words[expected - 2]
            guard let relation = Relation(rawValue: relationWord.lowercased()) else {
                let names = Relation.allCases.map(\.rawValue)
                let hint = Suggestion.nearest(to: relationWord, among: names).map { " Did you mean '\($0)'?" } ?? ""
                throw ValidationError(
                    "'\(relationWord)' is not a relation.\(hint) Use \(ClaimsError.list(names, or: true)).")
            }
            guard let target = Int(words[expected - 1].trimming(charactersIn: "#")) else {
                throw ValidationError("'\(words[expected - 1])' is not a claim number.")
            }
            if let report { return Sentence(origin: .report(report), relation: relation, target: target) }
            guard let from = Int(words[0].trimming(charactersIn: "#")) else {
                throw ValidationError("'\(words[0])' is not a claim number.")
            }
            return Sentence(origin: .claim(from), relation: relation, target: target)
        }

        func validate() throws {
            _ = try sentence()
        }

        func run() throws {
            let sentence = try sentence()
            let id = try connection.open().links.link(sentence.origin, sentence.relation, to: sentence.target, note: note)
            switch output.format {
            case .json:
                struct Created: Encodable { var id: Int }
                Terminal.print(try JSONOutput.render(Created(id: id)))
            case .table:
                let from: String
                switch sentence.origin {
                case .claim(let claim): from = "Claim #\(claim)"
                case .report(let reference): from = "Report \(reference)"
                }
                if sentence.relation == .sameStatement {
                    Terminal.print("\(from) is another report of claim #\(sentence.target) (link #\(id)): it is listed under it, not on its own.")
                } else {
                    Terminal.print("\(from) \(sentence.relation.rawValue) claim #\(sentence.target) (link #\(id)).")
                }
            }
        }
    }
}


