// The core's refusals are data; the command line writes the words, with the flags and commands
// that fix them. These need no database.
import Basics
import ClaimsCore
import Testing

@testable import claims

@Suite struct ClaimsErrorMessageTests {
    @Test func aFieldAFlagGivesIsNamedByTheFlag() {
        #expect(ClaimsError.emptyText(field: "reason").message == "the --reason is empty; give some text")
        #expect(ClaimsError.emptyText(field: "actor").message == "the --as is empty; give some text")
        #expect(ClaimsError.emptyText(field: "note").message == "the note is empty; give some text")
    }

    @Test func missingSourceDetailsAreFlagsOnTheCommandLineAndColumnsInAFile() {
        let flags = ClaimsError.sourceDetailsMissing(url: "https://a.example/", missing: [.title, .published]).message
        #expect(flags.contains("add --title, --published to record it"))
        let columns = ClaimsError.sourceDetailsMissing(url: "https://a.example/", missing: [.title, .outlet, .published], inFile: true).message
        #expect(columns.contains("add source_title, outlet, published to record it"))
        #expect(
            ClaimsError.articleDetailsMissing(missing: [.outlet, .published]).message
                == "could not find the article's outlet, publication date in the file: give --outlet, --published YYYY-MM-DD")
    }

    @Test func aReversedLinkSaysTheCommandTheRightWayRound() throws {
        let early = SaidDate(day: try #require(CalendarDate(year: 2015, month: 12, day: 1)))
        let late = SaidDate(day: try #require(CalendarDate(year: 2015, month: 12, day: 9)))
        let claim = ClaimsError.reversedLink(from: "claim #3", fromDate: early, relation: .contradicts, to: 8, toDate: late, laterClaimID: 3)
        #expect(claim.message.hasSuffix("so it cannot contradict it; the later one goes first: claims link 8 contradicts 3"))
        let report = ClaimsError.reversedLink(from: "report #2", fromDate: early, relation: .corroborates, to: 8, toDate: late, laterClaimID: nil)
        #expect(report.message.hasSuffix("record the report's claim, then: claims link CLAIM corroborates 8"))
    }

    @Test func aRefusedLineWrapsTheRefusalsOwnWords() {
        let refused = ClaimsError.importLineRefused(line: 4, error: .claimNotFound(id: 9), moreLines: 2)
        #expect(refused.message == "line 4: no claim #9; see: claims list (and 2 more bad rows); nothing was imported")
        #expect(ClaimsError.importLineRefused(line: 1, error: .invalidURL("x")).message.hasPrefix("line 1: 'x' is not a URL"))
        #expect(
            ClaimsError.claimReviewItem(item: 2, error: .invalidDocument(reason: "no claimReviewed")).message
                == "ClaimReview item 2: no claimReviewed; nothing was imported (--strict)")
    }
}
