// `claims extract --apply` on a terminal: each proposal in turn, as `git add -p` goes through
// hunks. Shown on standard error (standard output keeps the result line); answers are read a line
// at a time.
import ClaimsCore
import FoundationEssentials
import Basics

struct ProposalReview {
    let proposals: [ProposedClaim]
    /// The article text, to check an edited quotation against.
    let article: String
    /// Words are marked in bold on a terminal, between ** and ** when colour is off (NO_COLOR).
    var bold = ProcessInfo.processInfo.environment["NO_COLOR"] == nil && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    static let help = """
        y - record this claim
        n - do not record this claim
        q - quit; record the claims accepted so far and no others
        a - record this claim and all the rest
        e - edit the speaker or the text, then record it
        ? - print this help
        """

    /// The proposals accepted, in order, with any edits.
    func run() -> [ProposedClaim] {
        var accepted: [ProposedClaim] = []
        var index = 0
        while index < proposals.count {
            var proposal = proposals[index]
            Terminal.note("\n(\(index + 1)/\(proposals.count)) \(Self.summary(proposal))")
            Terminal.note("  " + marked(proposal))
            FileDescriptor.standardError.write("Record this \(proposal.kind.rawValue) [y,n,q,a,e,?]? ")
            // End of input is "q": nothing more is accepted.
            let answer = (readLine() ?? "q").trimmingWhitespace().lowercased()
            switch answer.first {
            case "y":
                accepted.append(proposal)
            case "n":
                break
            case "q":
                return accepted
            case "a":
                return accepted + proposals[index...]
            case "e":
                proposal.speaker = ask("Speaker", current: proposal.speaker)
                proposal.text = ask("Text", current: proposal.text)
                // A quotation is recorded only as the article prints it; ask again rather than
                // let one edit undo the whole run.
                if proposal.kind == .quote, QuoteMatcher.find(proposal.text, in: article) == nil {
                    Terminal.note("That quotation is not in the article word for word; edit it again, or answer n.")
                    continue
                }
                accepted.append(proposal)
            default:
                Terminal.note(Self.help)
                continue
            }
            index += 1
        }
        return accepted
    }

    /// "Dmitry Peskov (new) · quote · said 2015-12-01 ("on Tuesday") · via RIA Novosti"
    static func summary(_ proposal: ProposedClaim) -> String {
        var parts = [proposal.speaker + (proposal.newSpeaker ? " (new)" : ""), proposal.kind.rawValue]
        if let said = proposal.said {
            parts.append("said \(said.description)" + (proposal.saidPhrase.map { " (\"\($0)\")" } ?? ""))
        } else {
            parts.append("date said unknown")
        }
        parts.append(proposal.via.isEmpty ? "heard first-hand" : "via " + proposal.via.joined(separator: ", "))
        return parts.joined(separator: " · ")
    }

    /// The sentence with the claim's words marked.
    func marked(_ proposal: ProposedClaim) -> String {
        let sentence = Array(proposal.sentence.unicodeScalars)
        let start = min(max(0, proposal.start - proposal.sentenceStart), sentence.count)
        let end = min(max(start, proposal.end - proposal.sentenceStart), sentence.count)
        func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(sentence[range].map { $0.properties.isWhitespace ? " " : $0 }))
        }
        let (open, close) = bold ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**")
        return text(0..<start) + open + text(start..<end) + close + text(end..<sentence.count)
    }

    /// A new value for a field; an empty answer keeps the current one.
    func ask(_ field: String, current: String) -> String {
        FileDescriptor.standardError.write("\(field) [\(current)]: ")
        let answer = (readLine() ?? "").trimmingWhitespace()
        return answer.isEmpty ? current : answer
    }
}
