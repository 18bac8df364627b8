// The SQL builder, checked without a server: text with $n placeholders, and the bound values.
import Foundation
import Postgres
import Testing
import Basics

@Suite struct SQLTests {
    @Test func interpolatedValuesBecomeNumberedParameters() {
        let name = "Dmitry Peskov"
        let limit = 50
        let query: SQL = "SELECT id FROM speakers WHERE name = \(name) LIMIT \(limit)"
        #expect(query.text == "SELECT id FROM speakers WHERE name = $1 LIMIT $2")
        #expect(query.bindings == [
            PostgresBinding(type: .unspecified, text: "Dmitry Peskov"),
            PostgresBinding(type: .int8, text: "50"),
        ])
    }

    /// A quotation mark followed by a combining accent is one Character to Swift; quoting works on
    /// scalars, so it is still doubled and the identifier cannot end early.
    @Test func identifierQuotingDoublesQuotesBeforeCombiningMarks() {
        let name = "a\"\u{301}; DROP TABLE claims; --"
        let sql: SQL = "CREATE DATABASE \(identifier: name)"
        #expect(sql.text == "CREATE DATABASE \"a\"\"\u{301}; DROP TABLE claims; --\"")
        #expect("x<\u{301}y".replacingScalars("<", with: "&lt;") == "x&lt;\u{301}y")
        #expect("a\r\r\nb\rc\nd".replacingLineBreaks(with: "|") == "a||b|c|d")
        #expect("host password=\u{301}secret".firstRange(ofIgnoringCase: "PASSWORD=") != nil)
    }

    @Test func hostileTextStaysAValue() {
        let attack = "x'); DROP TABLE claims; --"
        let query: SQL = "INSERT INTO speakers (name) VALUES (\(attack))"
        #expect(query.text == "INSERT INTO speakers (name) VALUES ($1)")
        #expect(query.bindings.first?.text == attack)
        #expect(!query.text.contains("DROP"))
    }

    @Test func appendedFragmentsAreRenumbered() {
        var query: SQL = "SELECT * FROM claims WHERE speaker_id = \(7)"
        let since = CalendarDate(year: 2015, month: 12, day: 1)
        query.append(" AND said_on >= \(since) AND text <> \("")")
        let inner: SQL = "source_id = \(3)"
        query.append(" AND \(inner)")
        #expect(query.text == "SELECT * FROM claims WHERE speaker_id = $1 AND said_on >= $2 AND text <> $3 AND source_id = $4")
        #expect(query.bindings.map(\.text) == ["7", "2015-12-01", "", "3"])
        #expect(query.bindings.map(\.type) == [.int8, .date, .unspecified, .int8])
    }

    @Test func joinedConditions() {
        let conditions: [SQL] = ["a = \(1)", "b = \("two")", "c IS NULL"]
        let query: SQL = "SELECT 1 WHERE \(SQL.joined(conditions, separator: " AND "))"
        #expect(query.text == "SELECT 1 WHERE a = $1 AND b = $2 AND c IS NULL")
        #expect(query.bindings.count == 2)
    }

    @Test func explicitArrayForm() {
        var query = SQL("SELECT $1::int + $2::int, '$3 is text', \"$4col\"", [1, 2])
        #expect(query.text == "SELECT $1::int + $2::int, '$3 is text', \"$4col\"")
        query.append(" WHERE x = \("y")")
        #expect(query.text == "SELECT $1::int + $2::int, '$3 is text', \"$4col\" WHERE x = $3")
        #expect(query.bindings.map(\.text) == ["1", "2", "y"])
    }

    @Test func explicitFormSplicedAfterInterpolationIsRenumbered() {
        var query: SQL = "SELECT \(10)"
        query.append(SQL(", $1, $2", ["a", "b"]))
        #expect(query.text == "SELECT $1, $2, $3")
        #expect(query.bindings.map(\.text) == ["10", "a", "b"])
    }

    @Test func identifiersAreQuotedAndEscaped() {
        let query: SQL = "CREATE DATABASE \(identifier: "odd\"name")"
        #expect(query.text == "CREATE DATABASE \"odd\"\"name\"")
        #expect(query.bindings.isEmpty)
    }

    @Test func unsafeRawIsSplicedAsText() {
        let order = "DESC"
        let query: SQL = "SELECT 1 ORDER BY 1 \(unsafeRaw: order)"
        #expect(query.text == "SELECT 1 ORDER BY 1 DESC")
        #expect(query.bindings.isEmpty)
    }

    @Test func descriptionNeverShowsValues() {
        let query: SQL = "SELECT \("a secret")"
        #expect(query.description == "SELECT $1")
    }

    @Test func textFormatOfEveryType() throws {
        let instant = Date(timeIntervalSince1970: 1_449_000_000.25)  // 2015-12-01 20:00:00.25 UTC
        let uuid = try #require(UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8"))
        let none: Int? = nil
        let query: SQL = """
            SELECT \(1), \(Int64(2)), \(Int32(3)), \(1.5), \(Double.nan), \(-Double.infinity), \(true), \(false), \
            \(uuid), \(CalendarDate(year: 2015, month: 12, day: 1)), \(instant), \(["a", "b \"c\"", "d\\e", ""]), \(none)
            """
        #expect(query.bindings.map(\.text) == [
            "1", "2", "3", "1.5", "NaN", "-Infinity", "t", "f",
            "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "2015-12-01", "2015-12-01 20:00:00.250000+00",
            #"{"a","b \"c\"","d\\e",""}"#, nil,
        ])
        #expect(query.bindings.map(\.type) == [
            .int8, .int8, .int4, .float8, .float8, .float8, .bool, .bool, .uuid, .date, .timestamptz, .textArray, .int8,
        ])
    }
}

@Suite struct CalendarDateTests {
    @Test func validAndInvalidDates() {
        #expect(CalendarDate(iso8601: "2015-12-01")?.description == "2015-12-01")
        #expect(CalendarDate(iso8601: "2016-02-29") != nil)
        #expect(CalendarDate(iso8601: "2015-02-29") == nil)
        #expect(CalendarDate(iso8601: "2015-02-30") == nil)
        #expect(CalendarDate(iso8601: "0000-01-01") == nil)
        #expect(CalendarDate(iso8601: "2015-13-01") == nil)
        #expect(CalendarDate(iso8601: "2015-1-01") == nil)
        #expect(CalendarDate(iso8601: "２０１５-12-01") == nil)
    }

    @Test func weekdaysAndArithmetic() throws {
        let article = try #require(CalendarDate(year: 2015, month: 12, day: 2))
        #expect(article.isoWeekday == 3)  // a Wednesday
        #expect(article.adding(days: -1).description == "2015-12-01")
        #expect(article.adding(days: -1).isoWeekday == 2)  // "on Tuesday"
        #expect(article.adding(days: 30).description == "2016-01-01")
    }

    @Test func utcDayOfAnInstant() {
        #expect(CalendarDate(utcDayOf: Date(timeIntervalSince1970: 0)).description == "1970-01-01")
        #expect(CalendarDate(utcDayOf: Date(timeIntervalSince1970: -1)).description == "1969-12-31")
    }
}
