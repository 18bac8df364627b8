// The WHERE clause of a read, built from resolved ids without a server: what it says and binds.
import Basics
import FoundationEssentials
@testable import ClaimsCore
import Postgres
import Testing

@Suite struct ClaimFilterTests {
    @Test func noFilterLeavesOutRetractedClaimsAndAppearances() {
        #expect(ClaimFilter().conditions == ["c.retracted_at IS NULL", ClaimFilter.notAnAppearance])
        var everything = ClaimFilter()
        everything.includeRetracted = true
        everything.includeAppearances = true
        #expect(everything.conditions.map(\.text) == ["true"])
    }

    /// One speaker is an equality the (speaker_id, said_on) index serves in order; several are
    /// one bigint[] parameter.
    @Test func speakersBindAsOneIdOrOneArray() {
        var one = ClaimFilter()
        one.speakerIDs = [7]
        #expect(one.conditions.last?.text == "c.speaker_id = $1")
        #expect(one.conditions.last?.bindings == [PostgresBinding(type: .int8, text: "7")])

        var two = ClaimFilter()
        two.speakerIDs = [7, 12]
        #expect(two.conditions.last?.text == "c.speaker_id = ANY($1)")
        #expect(two.conditions.last?.bindings == [PostgresBinding(type: .int8Array, text: "{7,12}")])
    }

    @Test func everyFilterIsABoundConditionInAFixedOrder() throws {
        var filter = ClaimFilter()
        filter.speakerIDs = [3]
        filter.topic = "oil"
        filter.sourceID = 5
        filter.since = try #require(CalendarDate(year: 2015, month: 12, day: 1))
        filter.until = try #require(CalendarDate(year: 2015, month: 12, day: 31))
        filter.status = .contested
        filter.claimID = 1
        filter.reviewedOnly = true
        let conditions = filter.conditions
        #expect(
            conditions.map(\.text) == [
                "c.retracted_at IS NULL",
                ClaimFilter.notAnAppearance.text,
                "c.speaker_id = $1",
                "c.topics @> ARRAY[$1]::text[]",
                "c.source_id = $1",
                "coalesce(c.said_on, so.published_on) >= $1",
                "coalesce(c.said_on, so.published_on) <= $1",
                "c.status = $1",
                "c.id = $1",
                "EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id)",
            ])
        #expect(conditions.flatMap(\.bindings).map(\.text) == ["3", "oil", "5", "2015-12-01", "2015-12-31", "contested", "1"])
        // Joined, the placeholders are renumbered in order and the values stay bound.
        let joined = SQL.joined(conditions, separator: " AND ")
        #expect(joined.text.contains("c.source_id = $3 AND coalesce(c.said_on, so.published_on) >= $4"))
        #expect(joined.bindings.count == 7)
    }

    /// A topic is text in a parameter, never SQL, whatever it contains.
    @Test func hostileTextStaysAValue() {
        var filter = ClaimFilter()
        filter.topic = "oil'); drop table claims; --"
        let condition = filter.conditions.last
        #expect(condition?.text == "c.topics @> ARRAY[$1]::text[]")
        #expect(condition?.bindings.first?.text == "oil'); drop table claims; --")
    }
}

/// ts_headline's marked text becomes plain text and ranges of it.
@Suite struct SearchHighlightTests {
    static let claim = Claim(
        id: 1, speakerID: 1, speakerName: "A", text: "", kind: .quote, via: [],
        source: Source(id: 1, url: "https://example.org/", hasText: false), topics: [], status: .unverified,
        createdAt: Date(timeIntervalSince1970: 0), links: [])

    func hit(_ marked: String) -> SearchHit {
        SearchHit(claim: Self.claim, rank: 1, marked: marked, start: "\u{2}", stop: "\u{3}")
    }

    @Test func marksBecomeRanges() {
        let found = hit("We \u{2}need\u{3} coordination \u{2}now\u{3}")
        #expect(found.headline == "We need coordination now")
        #expect(found.highlights.map { String(found.headline[$0]) } == ["need", "now"])
    }

    @Test func strayAndUnclosedMarksDoNotBreakTheText() {
        let unclosed = hit("oil \u{2}trade")
        #expect(unclosed.headline == "oil trade")
        #expect(unclosed.highlights.map { String(unclosed.headline[$0]) } == ["trade"])
        let stray = hit("\u{3}oil\u{2}\u{3}")
        #expect(stray.headline == "oil")
        #expect(stray.highlights.isEmpty)
        // A combining accent right after a mark joins the letter before it once the mark is gone.
        let joined = hit("cafe\u{2}\u{301}s\u{3}")
        #expect(joined.headline == "cafe\u{301}s")
        #expect(joined.highlights.count == 1)
    }
}
