// How a search hit's matches are shown, with no database: the ranges the core gives, as marks.
import Basics
@testable import ClaimsCore
import Foundation
import Testing

@testable import claims

@Suite struct HighlightTests {
    func hit(_ text: String, _ words: [String]) -> SearchHit {
        let claim = Claim(
            id: 1, speakerID: 1, speakerName: "A", text: text, kind: .quote, via: [],
            source: Source(id: 1, url: "https://example.org/", hasText: false), topics: [], status: .unverified,
            createdAt: Date(timeIntervalSince1970: 0), links: [])
        let ranges = words.compactMap { text.range(of: $0) }
        return SearchHit(claim: claim, rank: 1, headline: text, highlights: ranges)
    }

    @Test func jsonMarksEveryMatch() {
        #expect(Highlight.marked(hit("oil and more oil trade", ["oil", "trade"]), start: "«", stop: "»") == "«oil» and more oil «trade»")
        #expect(Highlight.marked(hit("nothing", []), start: "«", stop: "»") == "nothing")
    }

    @Test func theTableFoldsWhiteSpaceAndMarksInBoldOrStars() {
        let found = hit("  We need\n\ncoordination   now ", ["need", "now"])
        #expect(Highlight.fit(found, width: 80, bold: false) == "We **need** coordination **now**")
        #expect(Highlight.fit(found, width: 80, bold: true) == "We \u{1B}[1mneed\u{1B}[0m coordination \u{1B}[1mnow\u{1B}[0m")
    }

    /// Cut to width with "…", counting only what is visible, and a match cut short is still closed.
    @Test func cuttingInsideAMatchClosesIt() {
        let found = hit("We need coordination", ["coordination"])
        // Without colour the marks take room too: 16 characters in all.
        #expect(Highlight.fit(found, width: 16, bold: false) == "We need **coo…**")
        #expect(Highlight.fit(found, width: 12, bold: true) == "We need \u{1B}[1mcoo…\u{1B}[0m")
        #expect(Highlight.fit(found, width: 12, bold: false) == "We need…")
        #expect(Highlight.fit(found, width: 8, bold: false) == "We need…")
    }
}
