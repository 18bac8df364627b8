// Claim extraction measured on the labelled set (Tests/Fixtures/extraction/dev and heldout):
// articles in eight house styles, every attributed statement labelled with its speaker, kind and
// via. Speaker + text F1 is what the target is set on.
@testable import ClaimsCore
import Foundation
import Postgres
import Testing

/// One labelled article of `extraction/dev` or `extraction/heldout`.
struct LabelledArticle: Sendable, CustomTestStringConvertible {
    struct Known: Decodable, Sendable {
        var name: String
        var aliases: [String]?
        var role: String?
    }

    struct Label: Decodable, Sendable, Equatable {
        var speaker: String
        var kind: String
        var text: String
        var via: [String]?
    }

    struct Labels: Decodable, Sendable {
        var style: String
        var known: [Known]
        var claims: [Label]
    }

    var name: String
    var text: String
    var labels: Labels
    var testDescription: String { name }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/extraction")

    static func all(_ part: String) -> [LabelledArticle] {
        all(in: root.appending(path: part))
    }

    static func all(in directory: URL) -> [LabelledArticle] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }.compactMap { json in
            let name = json.deletingPathExtension().lastPathComponent
            guard let data = try? Data(contentsOf: json), let labels = try? JSONDecoder().decode(Labels.self, from: data),
                let text = try? String(contentsOf: directory.appending(path: name + ".txt"), encoding: .utf8)
            else { return nil }
            return LabelledArticle(name: name, text: text, labels: labels)
        }
    }

    func proposals() -> [ProposedClaim] {
        let parsed = ArticleParser.parse(text)
        let known = labels.known.map { KnownSpeaker(name: $0.name, aliases: $0.aliases ?? [], role: $0.role) }
        return ClaimExtractor(known: known, published: parsed.published).extract(from: parsed.body)
    }
}

/// Precision, recall and F1 of speaker + text, overall and by kind.
struct ExtractionMeasure {
    struct Counts {
        var proposed = 0
        var correct = 0
        var labelled = 0
        var found = 0

        var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
        var recall: Double { labelled == 0 ? 1 : Double(found) / Double(labelled) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(_ other: Counts) {
            proposed += other.proposed
            correct += other.correct
            labelled += other.labelled
            found += other.found
        }
    }

    var all = Counts()
    var byKind: [String: Counts] = [:]
    var byStyle: [String: Counts] = [:]
    var errors: [String] = []

    /// Speaker equal once case and accents are folded; text the same once typography is set aside,
    /// or nearly (85% alike by character bigrams).
    static func matches(_ proposal: ProposedClaim, _ label: LabelledArticle.Label) -> Bool {
        guard NameFolding.key(proposal.speaker) == NameFolding.key(label.speaker) else { return false }
        let a = ExtractionScore.normalize(proposal.text)
        let b = ExtractionScore.normalize(label.text)
        return a == b || QuoteMatcher.dice(QuoteMatcher.bigrams(a), QuoteMatcher.bigrams(b)) >= 0.85
    }

    mutating func add(_ article: LabelledArticle) {
        let proposals = article.proposals()
        var unmatched = Array(article.labels.claims.indices)
        var counts = Counts(proposed: proposals.count, labelled: article.labels.claims.count)
        var kinds: [String: Counts] = [:]
        for label in article.labels.claims { kinds[label.kind, default: Counts()].labelled += 1 }
        for proposal in proposals {
            kinds[proposal.kind.rawValue, default: Counts()].proposed += 1
            if let position = unmatched.firstIndex(where: { Self.matches(proposal, article.labels.claims[$0]) }) {
                let label = article.labels.claims[unmatched.remove(at: position)]
                counts.correct += 1
                counts.found += 1
                kinds[proposal.kind.rawValue, default: Counts()].correct += 1
                kinds[label.kind, default: Counts()].found += 1
            } else {
                errors.append("\(article.name): wrong \(proposal.speaker) [\(proposal.rule)]: \(proposal.text)")
            }
        }
        for index in unmatched {
            let label = article.labels.claims[index]
            errors.append("\(article.name): missed \(label.speaker) (\(label.kind)): \(label.text)")
        }
        all.add(counts)
        byStyle[article.labels.style, default: Counts()].add(counts)
        for (kind, count) in kinds { byKind[kind, default: Counts()].add(count) }
    }

    static func measure(_ articles: [LabelledArticle]) -> ExtractionMeasure {
        var measure = ExtractionMeasure()
        for article in articles { measure.add(article) }
        return measure
    }
}

@Suite struct ExtractionMeasureTests {
    static let floor = 0.90

    @Test func theLabelledSetHasEightStylesInBothPartsAndAHeldOutThird() {
        let dev = LabelledArticle.all("dev")
        let heldOut = LabelledArticle.all("heldout")
        // Every label file decodes: one that does not would silently drop out of the figures.
        for (part, articles) in [("dev", dev), ("heldout", heldOut)] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: LabelledArticle.root.appending(path: part).path)) ?? []
            #expect(articles.count == files.filter { $0.hasSuffix(".json") }.count, "\(part): some label files do not decode")
        }
        #expect(dev.count >= 529 && heldOut.count >= 323)
        #expect(3 * heldOut.count >= dev.count + heldOut.count, "held out \(heldOut.count) of \(dev.count + heldOut.count)")
        for part in [dev, heldOut] {
            let perStyle = Dictionary(grouping: part, by: \.labels.style).mapValues(\.count)
            #expect(perStyle.count == 8, "styles: \(perStyle.keys.sorted())")
            #expect(perStyle.values.allSatisfy { $0 >= 2 }, "articles per style: \(perStyle)")
        }
    }

    /// Prints the figures the issue note reports: overall, by kind and by style.
    static func report(_ part: String, _ measure: ExtractionMeasure) {
        func line(_ name: String, _ counts: ExtractionMeasure.Counts) -> String {
            let figures = [counts.precision, counts.recall, counts.f1].map { String(format: "%.3f", $0) }
            return "extraction \(part) \(name): P \(figures[0]) R \(figures[1]) F1 \(figures[2]) (\(counts.correct)/\(counts.proposed) proposed right, \(counts.found)/\(counts.labelled) labelled found)"
        }
        print(line("all", measure.all))
        for (kind, counts) in measure.byKind.sorted(by: { $0.key < $1.key }) { print(line(kind, counts)) }
        for (style, counts) in measure.byStyle.sorted(by: { $0.key < $1.key }) { print(line(style, counts)) }
    }

    @Test func speakerAndTextF1OnTheDevelopmentPartReachesTheFloor() {
        let measure = ExtractionMeasure.measure(LabelledArticle.all("dev"))
        Self.report("dev", measure)
        // CLAIMS_EXTRACTION_ERRORS=FILE writes the development part's errors there, one a line, for
        // reading; the held-out part's errors are never written.
        if let path = ProcessInfo.processInfo.environment["CLAIMS_EXTRACTION_ERRORS"] {
            try? (measure.errors.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(measure.all.f1 >= Self.floor, "F1 \(measure.all.f1): P \(measure.all.precision) R \(measure.all.recall)")
    }

    /// CLAIMS_EXTRACTION_BATCH=DIR scores a batch of newly written articles once, before it
    /// joins a part (its first score is the honest one: nobody has read its errors); its errors
    /// are never written.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLAIMS_EXTRACTION_BATCH"] != nil))
    func aNewBatchIsScoredBeforeItJoins() throws {
        let path = try #require(ProcessInfo.processInfo.environment["CLAIMS_EXTRACTION_BATCH"])
        let directory = URL(fileURLWithPath: path)
        let articles = LabelledArticle.all(in: directory)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        #expect(!articles.isEmpty && articles.count == files.filter { $0.hasSuffix(".json") }.count, "some label files in \(path) do not decode")
        Self.report("batch", ExtractionMeasure.measure(articles))
    }

    /// The held-out part is scored, not tuned on: written apart from the rules and never read for
    /// errors (59–87, 227 articles, first scored at F1 0.833 on 2026-12-02; 98–107, 80 articles,
    /// written after 88–97 were read for errors and moved to dev, first scored at 0.854 the same
    /// day; 108–109, 16 articles, first scored at 0.892 on 2026-12-04; 0.875 together that day).
    /// This keeps it from sliding back.
    @Test func theHeldOutPartStaysWhereItWasMeasured() {
        let measure = ExtractionMeasure.measure(LabelledArticle.all("heldout"))
        Self.report("heldout", measure)
        #expect(measure.all.f1 >= 0.86, "F1 \(measure.all.f1): P \(measure.all.precision) R \(measure.all.recall)")
    }
}
