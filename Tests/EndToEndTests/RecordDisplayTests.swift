// The record as shown must not mislead: a retracted claim, a quote against a paraphrase, a
// fact-check's verdict and a source with no web address read the same in every format.
import Foundation
import Testing
import TestSupport

@Suite struct RecordDisplayTests {
    /// Peskov's quote (#1), Erdoğan's paraphrase (#2) contradicting it the next day, a wrong
    /// claim (#3) retracted, and a fact-check of #1.
    func story() throws -> Newsroom {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok([
            "source", "add", "https://later.example/reply", "--title", "Erdogan replies", "--outlet", "Anadolu", "--published", "2015-12-03",
        ])
        _ = try room.add(["Our oil information will be used against terrorism.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        _ = try room.add(["he would resign if the purchases were proven", "--paraphrase", "--speaker", "Erdogan", "--source", "2", "--said", "2015-12-02"])
        _ = try room.ok(["link", "2", "contradicts", "1"])
        _ = try room.add(["Oil was bought by the barrel.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        _ = try room.ok(["retract", "3", "--reason", "said by someone else"])
        _ = try room.ok([
            "review", "add", "1", "--rating", "Unproven", "--by", "Fact Desk", "--url", "https://factdesk.example/oil",
            "--date", "2015-12-10",
        ])
        return room
    }

    @Test func aRetractedClaimIsMarkedInEveryFormat() throws {
        let room = try story()
        let table = try room.ok(["list", "--include-retracted"])
        #expect(table.range(of: #"\n3 +2015-12-01 +Dmitry Peskov +RETRACTED "#, options: .regularExpression) != nil, "\(table)")
        let csv = try room.ok(["list", "--include-retracted", "--format", "csv"])
        #expect(csv.contains("3,2015-12-01,Dmitry Peskov,quote,retracted,Oil was bought by the barrel."), "\(csv)")
        let markdown = try room.ok(["list", "--include-retracted", "--format", "markdown"])
        #expect(markdown.contains("| 3 | 2015-12-01 | Dmitry Peskov | quote | RETRACTED |"), "\(markdown)")
        let timeline = try room.ok(["timeline", "--include-retracted"])
        #expect(timeline.contains("#3 RETRACTED"), "\(timeline)")
        let timelineMarkdown = try room.ok(["timeline", "--include-retracted", "--format", "markdown"])
        #expect(timelineMarkdown.contains("~~“Oil was bought by the barrel.”~~") && timelineMarkdown.contains("Status: **RETRACTED**"))
        let html = try room.ok(["timeline", "--include-retracted", "--format", "html"])
        #expect(html.contains("<del>“Oil was bought by the barrel.”</del>") && html.contains("class=\"claim status-unverified retracted\""))
        #expect(html.contains("Retracted: said by someone else"))
        // Without --include-retracted it is not there at all.
        #expect(!(try room.ok(["list"])).contains("RETRACTED"))
    }

    @Test func quotesAreInQuotationMarksAndParaphrasesPlainInEveryFormat() throws {
        let room = try story()
        let markdown = try room.ok(["list", "--format", "markdown"])
        #expect(markdown.hasPrefix("| ID | Said | Speaker | Kind | Status | Review | Text | Source |"), "\(markdown)")
        #expect(markdown.contains("| quote | contradicted | Unproven (Fact Desk, 2015-12-10) | “Our oil information will be used against terrorism.” |"), "\(markdown)")
        #expect(markdown.contains("| paraphrase | unverified |  | he would resign if the purchases were proven |"), "\(markdown)")
        let timeline = try room.ok(["timeline", "--format", "markdown"])
        // No blockquotes: a paraphrase in one would pass for the speaker's words.
        #expect(!timeline.contains("\n> "), "\(timeline)")
        #expect(timeline.contains("### 2015-12-01 · Dmitry Peskov, Kremlin spokesman · #1\n\n“Our oil information will be used against terrorism.”"), "\(timeline)")
        #expect(timeline.contains("· #2\n\nhe would resign if the purchases were proven\n"), "\(timeline)")
        #expect(timeline.contains("- ✗ 2015-12-02 (+1 day): contradicted by claim #2 by Recep Tayyip Erdoğan, [Erdogan replies](https://later.example/reply), Anadolu"), "\(timeline)")
        let text = try room.ok(["timeline"])
        #expect(text.contains("“Our oil information will be used against terrorism.”") && text.contains("            he would resign if"))
        #expect(!text.contains("“he would resign"))
    }

    @Test func theLatestFactCheckShowsInListsAndTimelines() throws {
        let room = try story()
        _ = try room.ok(["review", "add", "1", "--rating", "False", "--by", "Second Desk", "--url", "https://second.example/oil", "--date", "2015-12-20"])
        let table = try room.ok(["list"])
        #expect(table.hasPrefix("ID  SAID        SPEAKER               STATUS        REVIEW"), "\(table)")
        #expect(table.contains("False (Second Desk, 2015-12-20)") && !table.contains("Unproven"), "\(table)")
        let csv = try room.ok(["list", "--format", "csv"])
        #expect(csv.hasPrefix("id,said,speaker,kind,status,text,source_url,source_title,outlet,published,via,topics,review\r\n"))
        #expect(csv.contains(",\"False (Second Desk, 2015-12-20)\"\r\n"), "\(csv)")
        #expect(try room.ok(["timeline"]).contains("fact-checked: False (Second Desk, 2015-12-20)"))
        #expect(try room.ok(["timeline", "--format", "markdown"]).contains("Fact-checked: False (Second Desk, 2015-12-20)."))
        #expect(try room.ok(["timeline", "--format", "html"]).contains("Fact-checked: <a href=\"https://second.example/oil\">False (Second Desk, 2015-12-20)</a>"))
    }

    @Test func aSourceWithoutAWebAddressIsRecordedAndNeverLinked() throws {
        let room = try Newsroom()
        try room.seedStory()
        let broadcast = try room.claims(["source", "add", "--title", "PMQs, 8 Dec 2021", "--outlet", "BBC Parliament", "--published", "2021-12-08"])
        #expect(broadcast.status == 0 && broadcast.stdout.hasPrefix("Added source #2: PMQs, 8 Dec 2021 (BBC Parliament, 2021-12-08)"), "\(broadcast)")
        // The same broadcast again is the same source.
        let again = try room.claims(["source", "add", "--title", "PMQs, 8 Dec 2021", "--outlet", "bbc parliament", "--published", "2021-12-08"])
        #expect(again.status == 1 && again.stderr.contains("is already recorded as #2"), "\(again)")
        let doi = try #require(try room.json(["source", "add", "doi:10.1000/xyz123", "--title", "A paper", "--outlet", "Journal", "--published", "2021-01-05"]) as? [String: Any])
        #expect(doi["url"] as? String == "https://doi.org/10.1000/xyz123")
        // Named as a DOI it is found as the source it is.
        #expect(try room.add(["A finding.", "--paraphrase", "--speaker", "Peskov", "--source", "doi:10.1000/xyz123", "--said", "2021-01-05"]) > 0)
        #expect(try room.ok(["source", "show", "doi:10.1000/xyz123"]).contains("https://doi.org/10.1000/xyz123"))
        let filing = try #require(try room.json(["source", "add", "urn:case:2021-cv-118", "--title", "Filing", "--outlet", "District Court", "--published", "2021-02-01"]) as? [String: Any])
        #expect(filing["url"] as? String == "urn:case:2021-cv-118")
        let bad = try room.claims(["source", "add", "urn:", "--title", "x", "--outlet", "y", "--published", "2021-02-01"])
        #expect(bad.status == 1 && bad.stderr.contains("'urn:' is not a URL"), "\(bad)")

        _ = try room.add(["We will build the houses.", "--speaker", "Peskov", "--source", "2", "--said", "2021-12-08"])
        let html = try room.ok(["timeline", "--format", "html"])
        #expect(!html.contains("href=\"urn:"), "\(html)")
        #expect(html.contains("<p class=\"source\">PMQs, 8 Dec 2021, BBC Parliament, 2021-12-08</p>"), "\(html)")
        let markdown = try room.ok(["timeline", "--format", "markdown"]) + (try room.ok(["list", "--format", "markdown"]))
        #expect(!markdown.contains("](urn:") && markdown.contains("PMQs, 8 Dec 2021, BBC Parliament, 2021-12-08"), "\(markdown)")
    }
}
