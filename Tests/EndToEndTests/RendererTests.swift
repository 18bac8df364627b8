// The executable's renderers and options on hand-made values: no database, no binary, no terminal.
import ArgumentParser
import Basics
@testable import ClaimsCore
import Foundation
import Testing

@testable import claims

/// A small story built in memory: a quote said on Tuesday 1 December 2015, contradicted nine days
/// later, and a paraphrase with no date.
enum Story {
    /// A day of December 2015 (a day that does not exist shows as 1970-01-01 and fails the tests).
    static func december(_ day: Int) -> CalendarDate {
        CalendarDate(year: 2015, month: 12, day: day) ?? CalendarDate(utcDayOf: Date(timeIntervalSince1970: 0))
    }

    static let wire = Source(
        id: 1, url: "https://wire.example/2015/12/02/oil", title: "Kremlin calls for coordination", outlet: "Wire Example",
        published: december(2), language: "en", hasText: true)
    static let paper = Source(
        id: 2, url: "https://paper.example/2015/12/10/oil", title: "What the oil claims rest on", outlet: "Paper Example",
        published: december(10), language: nil, hasText: false)

    static var quote: Claim {
        var claim = Claim(
            id: 7, speakerID: 1, speakerName: "Dmitry Peskov", speakerRole: "Kremlin spokesman", text: "We need coordination against terrorism, and we need it now, before the winter sets in and the talks stall.",
            kind: .quote, said: SaidDate(day: december(1)), via: ["RIA Novosti"], source: wire,
            topics: ["oil"], status: .contradicted, createdAt: Date(timeIntervalSince1970: 1_449_050_400.75),
            links: [
                ClaimLink(
                    id: 3, relation: .contradicts, direction: .incoming, otherClaimID: 9, otherSpeaker: "Recep Tayyip Erdoğan",
                    otherSource: paper, date: SaidDate(day: december(10)), note: "says the figures are invented")
            ],
            anchor: QuoteAnchor(start: 10, end: 50, prefix: "said: ", suffix: " he"), saidPhrase: "on Tuesday")
        claim.reviews = [
            Review(
                id: 4, claimID: 7, rating: "Half true", ratingValue: 0.5, bestRating: 1, worstRating: 0, author: "Desk",
                url: "https://desk.example/half", published: nil)
        ]
        return claim
    }

    static var paraphrase: Claim {
        Claim(
            id: 8, speakerID: 2, speakerName: "Recep Tayyip Erdoğan", text: "He would resign if it were proven.", kind: .paraphrase,
            via: [], source: paper, topics: [], status: .unverified, createdAt: Date(timeIntervalSince1970: -1.5), links: [],
            retraction: Retraction(at: Date(timeIntervalSince1970: 1_449_100_000), reason: "misattributed"))
    }
}

@Suite struct RendererTests {
    @Test func theListTableFitsTheWidthAndWrapsRatherThanCuts() {
        let table = ClaimTable.render([Story.quote, Story.paraphrase], width: 80)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count > 4, "\(table)")
        #expect(lines[0].hasPrefix("ID  SAID        SPEAKER"))
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(table)")
        #expect(!table.contains("…"))
        // Every word is there, in its column, down the rows.
        let words = table.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in Story.quote.text.split(separator: " ") { #expect(words.contains(word), "\(word)") }
        #expect(lines[2].hasPrefix("7   2015-12-01  Dmitry"), "\(table)")
        // Without a width (a pipe, a file), every cell on one line.
        let whole = ClaimTable.render([Story.quote, Story.paraphrase], width: nil).split(separator: "\n")
        #expect(whole.count == 4 && whole[2].contains("“\(Story.quote.text)”") && whole[3].contains("Recep Tayyip Erdoğan"))
    }

    @Test func aNarrowTerminalShrinksTheWidestColumnsFirst() {
        let layout = TableLayout(
            headers: ClaimTable.headers,
            rows: [["7", "2015-12-01", "Dmitry Peskov", "contradicted", String(repeating: "word ", count: 30), "Wire Example"]])
        // 2 + 10 + 13 + 12 + 12 for the other columns and five gaps of two leave the quote 41 of 100.
        #expect(layout.fitted(within: 100, shrinking: [4, 5, 2]) == [2, 10, 13, 12, 41, 12])
        // At 60 the quote (counted at half its width) and then the others give up room, none below 8.
        let narrow = layout.fitted(within: 60, shrinking: [4, 5, 2])
        #expect(narrow.reduce(0, +) + 10 == 60 && narrow[4] > narrow[2] && narrow.allSatisfy { $0 >= 2 }, "\(narrow)")
        #expect(TableLayout(headers: ["A", "B"], rows: [["long cell", "x"]]).render() == "A          B\n---------  -\nlong cell  x")
        #expect(TableLayout(headers: ["A", "B"], rows: [["-", "x"]], minimumWidths: [4]).render(rule: false) == "A     B\n-     x")
        // A cell wider than its column wraps onto more lines of its row.
        #expect(
            TableLayout(headers: ["A", "B"], rows: [["one two three four five", "x"]]).render(fittingIn: 12, shrinking: [0])
                == "A          B\n---------  -\none two    x\nthree\nfour five")
    }

    @Test func searchMarksMatchesWithoutColourAndKeepsRoomForADate() throws {
        let claim = Story.paraphrase
        let text = claim.text
        let match = try #require(text.range(of: "resign"))
        let hit = SearchHit(claim: claim, rank: 1, headline: text, highlights: [match])
        let table = SearchTable.render([hit], width: 100, bold: false)
        #expect(table == """
            ID  SAID        SPEAKER               SOURCE         TEXT
            8   -           Recep Tayyip Erdoğan  Paper Example  He would **resign** if it were proven.
            """)
        #expect(Highlight.marked(hit, start: "«", stop: "»") == "He would «resign» if it were proven.")
    }

    @Test func theTimelineShowsWhatLaterReportingDid() {
        let text = TimelineRenderer.text([Story.quote, Story.paraphrase])
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(text.hasPrefix("2015-12-01  Dmitry Peskov, Kremlin spokesman"))
        #expect(text.contains("#7 contradicted"))
        #expect(text.contains("Wire Example, 2015-12-02, via RIA Novosti"))
        #expect(text.contains("            ✗ 2015-12-10 (+9 days) contradicts: claim #9 by Recep Tayyip\n              Erdoğan, Paper Example"))
        // The undated paraphrase sits at its report date, marked, with the mark explained.
        #expect(text.contains("2015-12-10* Recep Tayyip Erdoğan"))
        #expect(text.hasSuffix("* date said unknown: placed at the date it was reported"))
        #expect(TimelineRenderer.text([]) == "No claims match.")
    }

    @Test func csvQuotesWhatNeedsQuotingAndCutsNothing() {
        let csv = ClaimRows.csv([Story.quote])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == ClaimRows.headers.joined(separator: ","))
        #expect(lines[1].hasPrefix("7,2015-12-01,Dmitry Peskov,quote,contradicted,\"We need coordination against terrorism, and we need it now,"))
        #expect(lines[1].hasSuffix(",RIA Novosti,oil,Half true (Desk)"))
        #expect(csv.hasSuffix("\r\n"))
    }

    /// Each JSON shape is declared once; both writers give the same bytes, nil members as null.
    @Test func bothJSONWritersAgreeOnEveryShape() throws {
        for claim in [Story.quote, Story.paraphrase] {
            var writer = JSONWriter()
            ClaimJSON(claim).write(to: &writer)
            let streamed = String(decoding: writer.bytes, as: UTF8.self)
            #expect(streamed == (try JSONOutput.render(ClaimJSON(claim))))
        }
        // The documented shape (Docs/json.md), key by key.
        #expect(
            try JSONOutput.render(ClaimJSON(Story.paraphrase)) == """
                {
                  "anchor" : null,
                  "appearance_of" : null,
                  "appearances" : [

                  ],
                  "created_at" : "1969-12-31T23:59:58Z",
                  "evidence" : {
                    "contradicting" : {
                      "groups" : [

                      ],
                      "lines" : 0,
                      "reports" : 0
                    },
                    "corroborating" : {
                      "groups" : [

                      ],
                      "lines" : 0,
                      "reports" : 0
                    }
                  },
                  "id" : 8,
                  "kind" : "paraphrase",
                  "links" : [

                  ],
                  "retracted" : {
                    "at" : "2015-12-02T23:46:40Z",
                    "reason" : "misattributed"
                  },
                  "reviews" : [

                  ],
                  "said" : null,
                  "said_phrase" : null,
                  "source" : {
                    "id" : 2,
                    "language" : null,
                    "outlet" : "Paper Example",
                    "published" : "2015-12-10",
                    "title" : "What the oil claims rest on",
                    "url" : "https://paper.example/2015/12/10/oil"
                  },
                  "speaker" : {
                    "id" : 2,
                    "name" : "Recep Tayyip Erdoğan"
                  },
                  "status" : "unverified",
                  "status_reason" : "unverified: nothing corroborates or contradicts it yet",
                  "text" : "He would resign if it were proven.",
                  "topics" : [

                  ],
                  "via" : [

                  ]
                }
                """)
        let quote = try JSONOutput.render(ClaimJSON(Story.quote))
        #expect(quote.contains("\"created_at\" : \"2015-12-02T10:00:00Z\""))
        #expect(quote.contains("\"rating_value\" : 0.5") && quote.contains("\"best\" : 1,"))
        #expect(quote.contains("\"prefix\" : \"said: \""))
    }

    /// The one formatter writes what JSONEncoder's own ISO 8601 strategy writes.
    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"), (-1.5, "1969-12-31T23:59:58Z"), (1_449_050_400.75, "2015-12-02T10:00:00Z"),
        (951_782_400, "2000-02-29T00:00:00Z"), (4_102_444_799.999, "2099-12-31T23:59:59Z"),
    ])
    func timestampsMatchJSONEncoder(seconds: Double, written: String) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        #expect(String(decoding: try encoder.encode([date]), as: UTF8.self) == "[\"\(written)\"]")
        #expect(Timestamps.iso8601(date) == written)
        #expect(Timestamps.timestamp(date) == String(written.dropLast()).replacingOccurrences(of: "T", with: " "))
    }

    /// A format the command does not offer is refused by the parser, before anything runs.
    @Test func aFormatACommandDoesNotOfferIsRefusedAtParseTime() throws {
        #expect(try Claims.List.parse(["--format", "csv"]).output.format == .csv)
        #expect(try Claims.Timeline.parse(["--format", "html"]).format.format == .html)
        #expect(throws: (any Error).self) { try Claims.List.parse(["--format", "html"]) }
        #expect(throws: (any Error).self) { try Claims.Timeline.parse(["--format", "table"]) }
        #expect(try Claims.Search.parse(["oil", "--format", "json"]).output.format == .json)
        #expect(throws: (any Error).self) { try Claims.Search.parse(["oil", "--format", "csv"]) }
        let message = Claims.List.helpMessage(columns: 300)
        #expect(message.contains("(values: table, json, csv, markdown; default: table)"))
    }
}

/// The core says which rule chose the database; the command line says it with its own flags.
@Suite struct DatabaseLocationWordsTests {
    @Test func eachRuleIsExplainedWithTheSettingThatDecided() throws {
        let home = ["HOME": "/home/reporter"]
        let flag = try DatabaseLocation.resolve(databaseURL: "postgresql://db/claims", dataDirectory: nil, environment: home)
        #expect(flag.reason == "given with --database-url")
        #expect(flag.source.name == "--database-url")
        let libpq = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: nil, environment: home.merging(["PGHOST": "db", "PGDATABASE": "news"]) { $1 })
        #expect(libpq.reason.hasPrefix("PGHOST, PGDATABASE are set, so libpq's environment decides"))
        let embedded = try DatabaseLocation.resolve(databaseURL: nil, dataDirectory: "/srv/claims", environment: home)
        #expect(embedded.reason.hasSuffix("uses its own PostgreSQL in /srv/claims (--data-dir), database 'claims' (the default)"))
        #expect(embedded.source.name == "embedded")
    }
}
