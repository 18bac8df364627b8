// Reading articles, normalising their text, and finding quotes in them: no database needed.
@testable import ClaimsCore
import Foundation
import Postgres
import Testing
import Basics

/// The project's own article files, in Tests/Fixtures/articles.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/articles")

    static func article(_ name: String) throws -> String {
        try String(contentsOf: directory.appending(path: name), encoding: .utf8)
    }
}

@Suite struct ArticleParserTests {
    @Test func wireServiceShapeWithFurniture() throws {
        let parsed = ArticleParser.parse(try Fixtures.article("01-harbour-talks.txt"))
        #expect(parsed.headline == "Ministers disagree over harbour expansion")
        #expect(parsed.outlet == "Coastal Herald")
        #expect(parsed.published == CalendarDate(year: 2021, month: 3, day: 4))
        #expect(parsed.body.hasPrefix("The transport minister on Wednesday said"))
        #expect(parsed.body.hasSuffix("he would ask the cabinet to delay the vote."))
        for furniture in ["Latest news", "You are here", "•", "Adjust font size", "Endit", "Port strike"] {
            #expect(!parsed.body.contains(furniture), "body keeps \(furniture)")
        }
        #expect(parsed.body.components(separatedBy: "\n\n").count == 7)
    }

    @Test func headlineOutletDateShape() throws {
        let parsed = ArticleParser.parse(try Fixtures.article("02-bridge-vote.txt"))
        #expect(parsed.headline == "Council postpones bridge vote")
        #expect(parsed.outlet == "Valley Courier")
        #expect(parsed.published == CalendarDate(year: 2022, month: 6, day: 14))
        #expect(parsed.body.hasPrefix("The city council on Monday"))
        #expect(parsed.body.components(separatedBy: "\n\n").count == 3)
    }

    @Test func aBodysOwnDatelineWithTheYearStaysInTheBody() {
        // A press release's "CITY, Month D, YYYY —" has the shape of a one-line "Outlet, date";
        // the headline, outlet and date lines above it are the article's.
        let parsed = ArticleParser.parse("Norvale wins rail order\nRail Weekly\n2026-09-15\n\nMONTREAL, March 14, 2026 — Norvale Rail Systems said on Monday it had won the order.\n\nThe cars will be built in Ontario.")
        #expect(parsed.headline == "Norvale wins rail order")
        #expect(parsed.outlet == "Rail Weekly")
        #expect(parsed.published == CalendarDate(year: 2026, month: 9, day: 15))
        #expect(parsed.body.hasPrefix("MONTREAL, March 14, 2026 — Norvale Rail Systems said"))
    }

    @Test func abbreviatedAndDayFirstDatelines() {
        #expect(ArticleParser.dateline("Reuters, Dec. 2, 2015")?.1 == CalendarDate(year: 2015, month: 12, day: 2))
        #expect(ArticleParser.dateline("BBC News, 2 December 2015")?.1 == CalendarDate(year: 2015, month: 12, day: 2))
        #expect(ArticleParser.dateline("However, December 2, the ministry said") == nil)
        #expect(ArticleParser.dateline("Xinhua, February 30, 2015") == nil)
    }

    @Test(arguments: ["2021-12-08", "8 December 2021", "Wednesday 8 December 2021", "Dec. 8, 2021", "December 8, 2021", "Wednesday, December 8, 2021"])
    func theDateLineInEachForm(_ line: String) throws {
        let parsed = ArticleParser.parse("Harbour vote delayed\nCoastal Herald\n\(line)\n\nThe council delayed the vote.")
        #expect(parsed.published == CalendarDate(year: 2021, month: 12, day: 8))
        #expect(parsed.headline == "Harbour vote delayed")
        #expect(parsed.outlet == "Coastal Herald")
        #expect(parsed.body == "The council delayed the vote.")
        #expect(ArticleParser.dateline("Coastal Herald, \(line)")?.1 == CalendarDate(year: 2021, month: 12, day: 8))
    }

    @Test func onlyWhatIsMissingIsMissing() {
        let undated = ArticleParser.parse("Harbour vote delayed\nCoastal Herald\n\nThe council delayed the vote.\n\nIt meets again in May.")
        #expect(undated.headline == "Harbour vote delayed" && undated.outlet == "Coastal Herald" && undated.published == nil)
        #expect(undated.body == "The council delayed the vote.\n\nIt meets again in May.")
        let noOutlet = ArticleParser.parse("Harbour vote delayed, says the council after a long night\n8 December 2021\n\nThe council delayed the vote.")
        #expect(noOutlet.headline == "Harbour vote delayed, says the council after a long night")
        #expect(noOutlet.outlet == nil)
        #expect(noOutlet.published == CalendarDate(year: 2021, month: 12, day: 8))
    }

    @Test func noHeadlineOrDateIsReportedAsMissing() {
        let parsed = ArticleParser.parse("Just a paragraph.\n\nAnd another one.")
        #expect(parsed.headline == nil)
        #expect(parsed.outlet == nil)
        #expect(parsed.published == nil)
        #expect(parsed.body == "Just a paragraph.\n\nAnd another one.")
    }

    @Test func normalisation() {
        let decomposed = "Erdog\u{306}an  said:\r\n\r\n\r\n\tsomething   here  \r\n"
        let normalized = ArticleText.normalize(decomposed)
        #expect(normalized == "Erdoğan said:\n\nsomething here")
        #expect(Array(normalized.unicodeScalars).contains("\u{11F}"))
        #expect(ArticleText.fingerprint(normalized) == ArticleText.fingerprint(ArticleText.normalize("Erdoğan said:\n\nsomething here\n")))
    }
}

@Suite struct RelativeDateTests {
    // Monday 30 November to Sunday 6 December 2015.
    static let week = (0..<7).compactMap { CalendarDate(year: 2015, month: 11, day: 30)?.adding(days: $0) }
    static let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    @Test(arguments: week)
    func everyWeekdayPhraseFromEveryPublicationDay(published: CalendarDate) throws {
        for (index, name) in Self.names.enumerated() {
            let weekday = index + 1
            for phrase in [name, "on \(name)", name.lowercased(), "on \(name.prefix(3))."] {
                let day = try #require(RelativeDate.resolve(phrase, published: published), "\(phrase)")
                #expect(day.isoWeekday == weekday, "\(phrase) from \(published)")
                let back = published.daysSinceEpoch - day.daysSinceEpoch
                #expect((0...6).contains(back), "\(phrase) from \(published) gave \(day)")
            }
            let last = try #require(RelativeDate.resolve("last \(name)", published: published))
            #expect(last.isoWeekday == weekday)
            // The week before the publication's week: 23 to 29 November.
            #expect(last >= CalendarDate(year: 2015, month: 11, day: 23)!)
            #expect(last <= CalendarDate(year: 2015, month: 11, day: 29)!)
        }
        #expect(RelativeDate.resolve("today", published: published) == published)
        #expect(RelativeDate.resolve("yesterday", published: published) == published.adding(days: -1))
    }

    @Test func theSeedArticlesOwnWords() throws {
        let wednesday = try #require(CalendarDate(year: 2015, month: 12, day: 2))
        #expect(RelativeDate.resolve("on Tuesday", published: wednesday)?.description == "2015-12-01")
        #expect(RelativeDate.resolve("last Tuesday", published: wednesday)?.description == "2015-11-24")
        #expect(RelativeDate.resolve("on Monday", published: wednesday)?.description == "2015-11-30")
        #expect(RelativeDate.resolve("Wednesday", published: wednesday)?.description == "2015-12-02")
        #expect(RelativeDate.resolve("on Nov. 30", published: wednesday)?.description == "2015-11-30")
        #expect(RelativeDate.resolve("November 30", published: wednesday)?.description == "2015-11-30")
        #expect(RelativeDate.resolve("30 November", published: wednesday)?.description == "2015-11-30")
    }

    @Test func monthAndYearBoundaries() throws {
        let leap = try #require(CalendarDate(year: 2016, month: 3, day: 1))  // a Tuesday
        #expect(RelativeDate.resolve("yesterday", published: leap)?.description == "2016-02-29")
        #expect(RelativeDate.resolve("on Monday", published: leap)?.description == "2016-02-29")
        #expect(RelativeDate.resolve("last Sunday", published: leap)?.description == "2016-02-28")
        let newYear = try #require(CalendarDate(year: 2016, month: 1, day: 1))  // a Friday
        #expect(RelativeDate.resolve("yesterday", published: newYear)?.description == "2015-12-31")
        #expect(RelativeDate.resolve("on Thursday", published: newYear)?.description == "2015-12-31")
        #expect(RelativeDate.resolve("last Friday", published: newYear)?.description == "2015-12-25")
        #expect(RelativeDate.resolve("on Dec. 31", published: newYear)?.description == "2015-12-31")
        #expect(RelativeDate.resolve("Jan. 2", published: newYear)?.description == "2015-01-02")
        #expect(RelativeDate.resolve("Feb 29", published: leap)?.description == "2016-02-29")
    }

    @Test(arguments: ["next Tuesday", "tomorrow", "on", "Tu", "December 32", "the other day", "2015/12/01"])
    func phrasesItDoesNotUnderstand(phrase: String) throws {
        let published = try #require(CalendarDate(year: 2015, month: 12, day: 2))
        #expect(RelativeDate.resolve(phrase, published: published) == nil)
    }

    @Test func saidDateKeepsThePhrase() throws {
        let published = try #require(CalendarDate(year: 2015, month: 12, day: 2))
        let words = try SaidDate.parse("on Tuesday", published: published)
        #expect(words.date.description == "2015-12-01")
        #expect(words.phrase == "on Tuesday")
        let absolute = try SaidDate.parse("2015-11", published: published)
        #expect(absolute.date.description == "2015-11")
        #expect(absolute.phrase == nil)
        #expect(throws: ClaimsError.unknownDatePhrase(text: "next week")) { try SaidDate.parse("next week", published: published) }
        #expect(throws: ClaimsError.self) { try SaidDate.parse("2015-02-30", published: published) }
    }
}

@Suite struct QuoteMatcherTests {
    let text = "Intro line.\n\n“The most important thing is to act — now,” the spokesman said. 'It’s late.'"

    @Test func aQuotationSplitAroundItsAttributionOrOverParagraphsIsFoundInPieces() throws {
        let split = "Intro.\n\n“We will not,” Helen Marsh said on Tuesday, “give up.” Then she left."
        let anchor = try #require(QuoteMatcher.find("We will not give up", in: split))
        let scalars = Array(split.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[anchor.start..<anchor.end])) == "We will not,” Helen Marsh said on Tuesday, “give up")
        #expect(QuoteMatcher.stillMatches("We will not give up", at: anchor, in: split))
        #expect(!QuoteMatcher.stillMatches("We will not give in", at: anchor, in: split))
        let paragraphs = "He said:\n\n“Luck had little to do with it.\n\n“The pumps ran all night.”"
        #expect(QuoteMatcher.find("Luck had little to do with it. The pumps ran all night", in: paragraphs) != nil)
        // Pieces too far apart, out of order or with a word changed are not the quote.
        let far = "“We will not,” she said. " + String(repeating: "The council met again and talked. ", count: 6) + "“give up.”"
        #expect(QuoteMatcher.find("We will not give up", in: far) == nil)
        #expect(QuoteMatcher.find("give up we will not", in: split) == nil)
        #expect(QuoteMatcher.find("We will never give up", in: split) == nil)
        #expect(QuoteMatcher.find("I did not support the war", in: "“I did not, at first, support the war,” he said.") == nil)
        #expect(QuoteMatcher.find("We will give up", in: split) == nil)
    }

    @Test func offsetsPointAtTheQuote() throws {
        let anchor = try #require(QuoteMatcher.find("The most important thing is to act — now", in: text))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[anchor.start..<anchor.end])) == "The most important thing is to act — now")
        #expect(anchor.prefix == "Intro line.\n\n“")
        #expect(anchor.suffix.hasPrefix(",” the spokesman said."))
        #expect(anchor.start == 14)
    }

    @Test(arguments: [
        "\"The most important thing is to act - now,\"",
        "The most important thing is to act – now.",
        "“The   most important thing\nis to act -- now”".replacingOccurrences(of: "--", with: "—"),
        "The most important thing is to act — now,",
    ])
    func typographyDoesNotMatter(quote: String) {
        #expect(QuoteMatcher.find(quote, in: text) != nil, "\(quote)")
    }

    @Test func apostrophesMatchEitherWay() {
        #expect(QuoteMatcher.find("It's late", in: text) != nil)
    }

    @Test(arguments: [
        "The most important thing is to wait — now",
        "the most important thing is to act — now",
        "The most important thing is to act now",
    ])
    func aChangedWordDoesNotMatch(quote: String) {
        #expect(QuoteMatcher.find(quote, in: text) == nil, "\(quote)")
    }

    @Test func closestPassageAndSimilarity() throws {
        let closest = try #require(QuoteMatcher.closest(to: "The most important thing is to wait now", in: text))
        #expect(closest.text.hasPrefix("The most important thing is to act"))
        #expect(closest.similarity > 0.7 && closest.similarity < 1)
    }

    @Test func verificationNoticesChangedText() throws {
        let anchor = try #require(QuoteMatcher.find("It's late", in: text))
        #expect(QuoteMatcher.stillMatches("It's late", at: anchor, in: text))
        #expect(!QuoteMatcher.stillMatches("It's late", at: anchor, in: "X" + text))
    }
}
