// Claim extraction measured on a hand-labelled set of the project's own articles, with floors on
// precision and recall of speaker + text.
@testable import ClaimsCore
import Foundation
import Postgres
import Testing
import Basics

struct LabelledSet: Decodable {
    struct Known: Decodable {
        var name: String
        var aliases: [String]
        var role: String?
    }

    struct Label: Decodable {
        var speaker: String
        var text: String
    }

    struct Article: Decodable {
        var known: [Known]
        var claims: [Label]
    }

    var articles: [String: Article]

    static func load() throws -> LabelledSet {
        let url = Fixtures.directory.deletingLastPathComponent().appending(path: "extraction/labels.json")
        return try JSONDecoder().decode(LabelledSet.self, from: Data(contentsOf: url))
    }
}

/// How a proposal is compared with a label: same speaker (ignoring case and accents), and text
/// that is the same once typography, case and end punctuation are set aside (or nearly: 85% alike).
enum ExtractionScore {
    static func normalize(_ text: String) -> String {
        QuoteMatcher.foldedQuote(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func matches(_ proposal: ProposedClaim, _ label: LabelledSet.Label) -> Bool {
        guard normalize(proposal.speaker) == normalize(label.speaker) else { return false }
        let a = normalize(proposal.text)
        let b = normalize(label.text)
        return a == b || QuoteMatcher.dice(QuoteMatcher.bigrams(a), QuoteMatcher.bigrams(b)) >= 0.85
    }
}

@Suite struct ExtractionTests {
    @Test func precisionAndRecallOnTheLabelledSet() throws {
        let set = try LabelledSet.load()
        #expect(set.articles.count >= 8)
        var proposed = 0
        var correct = 0
        var labelled = 0
        var found = 0
        var report: [String] = []
        for (file, article) in set.articles.sorted(by: { $0.key < $1.key }) {
            let parsed = ArticleParser.parse(try Fixtures.article(file))
            let known = article.known.map { KnownSpeaker(name: $0.name, aliases: $0.aliases, role: $0.role) }
            let proposals = ClaimExtractor(known: known, published: parsed.published).extract(from: parsed.body)
            proposed += proposals.count
            labelled += article.claims.count
            let right = proposals.filter { proposal in article.claims.contains { ExtractionScore.matches(proposal, $0) } }
            correct += right.count
            let hits = article.claims.filter { label in proposals.contains { ExtractionScore.matches($0, label) } }
            found += hits.count
            for proposal in proposals where !right.contains(proposal) {
                report.append("\(file): unexpected \(proposal.speaker): \(proposal.text)")
            }
            for label in article.claims where !hits.contains(where: { $0.text == label.text }) {
                report.append("\(file): missed \(label.speaker): \(label.text)")
            }
        }
        let precision = Double(correct) / Double(max(proposed, 1))
        let recall = Double(found) / Double(max(labelled, 1))
        print("extraction: \(set.articles.count) articles, \(labelled) labelled claims, \(proposed) proposed; "
            + "precision \(correct)/\(proposed) = \(String(format: "%.2f", precision)), recall \(found)/\(labelled) = \(String(format: "%.2f", recall))")
        report.forEach { print("extraction: \($0)") }
        #expect(precision >= 0.90, "precision \(precision)")
        #expect(recall >= 0.75, "recall \(recall)")
    }

    @Test func theSeedShapesConstructions() throws {
        let published = CalendarDate(year: 2015, month: 12, day: 2)
        let body = """
            The Kremlin on Tuesday said that the border would stay open.

            "Coordination is necessary," Kremlin spokesman Dmitry Peskov said.

            The spokesman regretted that the talks had stalled.

            Nations are aware of the danger, RIA Novosti news agency quoted Peskov as saying.

            The claims angered Turkish President Recep Tayyip Erdogan, who said on Monday that he would resign if they were proven.

            "We will respond," the Turkish president said.
            """
        let proposals = ClaimExtractor(known: [KnownSpeaker(name: "Recep Tayyip Erdoğan", aliases: ["Erdogan"])], published: published)
            .extract(from: body)
        let summary = proposals.map { "\($0.speaker)|\($0.kind.rawValue)|\($0.said?.description ?? "-")|\($0.via.joined())|\($0.newSpeaker)|\($0.text)" }
        #expect(summary == [
            "Kremlin|paraphrase|2015-12-01||true|the border would stay open",
            "Dmitry Peskov|quote|-||true|Coordination is necessary",
            "Dmitry Peskov|paraphrase|-||true|the talks had stalled",
            "Dmitry Peskov|paraphrase|-|RIA Novosti|true|Nations are aware of the danger",
            "Recep Tayyip Erdoğan|paraphrase|2015-11-30||false|he would resign if they were proven",
            "Recep Tayyip Erdoğan|quote|-||false|We will respond",
        ])
    }
}
