// Every supported type, bound and read back through a real server.
import Foundation
import Postgres
import Testing
import TestSupport
import Basics

@Suite struct BindingTests {
    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestDatabase()
        connection = try database.connect()
    }

    /// Dates decode whatever DateStyle the server starts sessions with: a server that already writes
    /// ISO is left alone, any other is switched to ISO output.
    @Test(arguments: [("ISO, MDY", "MDY"), ("ISO, DMY", "DMY"), ("SQL, DMY", "DMY"), ("Postgres, MDY", "MDY"), ("German", "DMY")])
    func datesDecodeUnderEveryDateStyle(style: String, order: String) throws {
        let styled = try Connection(database.connectionString.setting("options", to: "-c DateStyle=\(style.replacing(" ", with: ""))"))
        let day = try #require(CalendarDate(year: 2015, month: 12, day: 1))
        let instant = Date(timeIntervalSince1970: 1_449_000_000.5)
        let row = try #require(try styled.queryFirst("SELECT \(day) AS day, \(instant) AS instant, current_setting('DateStyle') AS style"))
        #expect(try row.decode("day", as: CalendarDate.self) == day)
        #expect(abs(try row.decode("instant", as: Date.self).timeIntervalSince(instant)) < 0.000_001)
        let inEffect = try row.decode("style", as: String.self)
        #expect(inEffect.hasPrefix("ISO"))
        // The field order for dates people type stays the server's.
        #expect(inEffect.hasSuffix(order))
    }

    @Test func roundTripOfEveryType() throws {
        let instant = Date(timeIntervalSince1970: 1_449_000_000.123456)
        let day = try #require(CalendarDate(year: 2015, month: 12, day: 1))
        let uuid = UUID()
        let text = "Erdoğan said he'd resign \\ «if proven» 🛢️"
        let row = try #require(
            try connection.queryFirst(
                """
                SELECT \(42)::int AS small, \(Int64.max) AS big, \(2.5) AS real, \(true) AS yes,
                       \(text)::text AS words, \(instant) AS instant, \(day) AS day, \(uuid) AS id,
                       \(["Daesh", "oil, trade", "quote \"x\"", "back\\slash"]) AS topics
                """))
        #expect(try row.decode("small", as: Int.self) == 42)
        #expect(try row.decode("small", as: Int32.self) == 42)
        #expect(try row.decode("big", as: Int64.self) == Int64.max)
        #expect(try row.decode("real", as: Double.self) == 2.5)
        #expect(try row.decode("yes", as: Bool.self) == true)
        #expect(try row.decode("words", as: String.self) == text)
        let decodedInstant = try row.decode("instant", as: Date.self)
        #expect(abs(decodedInstant.timeIntervalSince(instant)) < 0.000_001)
        #expect(try row.decode("day", as: CalendarDate.self) == day)
        #expect(try row.decode("id", as: UUID.self) == uuid)
        #expect(try row.decode("topics", as: [String].self) == ["Daesh", "oil, trade", "quote \"x\"", "back\\slash"])
    }

    /// Ids travel as one bigint[] parameter, typed as such: no text and no cast in the SQL.
    @Test func integerArraysBindAsBigintArrays() throws {
        let ids = [3, 1, Int.max, -7]
        let row = try #require(
            try connection.queryFirst(
                """
                SELECT pg_typeof(\(ids))::text AS type, cardinality(\(ids)) AS count,
                       \(Int.max) = ANY(\(ids)) AS has_max, 2 = ANY(\(ids)) AS has_two,
                       (SELECT array_agg(x ORDER BY x)::text FROM unnest(\(ids)) x) AS sorted,
                       cardinality(\([Int]())) AS none
                """))
        #expect(try row.decode("type", as: String.self) == "bigint[]")
        #expect(try row.decode("count", as: Int.self) == 4)
        #expect(try row.decode("has_max", as: Bool.self) == true)
        #expect(try row.decode("has_two", as: Bool.self) == false)
        #expect(try row.decode("sorted", as: String.self) == "{-7,1,3,9223372036854775807}")
        #expect(try row.decode("none", as: Int.self) == 0)
    }

    @Test func nullsDecodeAsOptionals() throws {
        let missing: String? = nil
        let missingDay: CalendarDate? = nil
        let row = try #require(try connection.queryFirst("SELECT \(missing)::text AS t, \(missingDay) AS d, 1 AS one"))
        #expect(try row.decode("t", as: String?.self) == nil)
        #expect(try row.decode("d", as: CalendarDate?.self) == nil)
        #expect(try row.decode("one", as: Int?.self) == 1)
        #expect(try row.isNull("t"))
        let error = try #require(throws: RowDecodingError.self) { try row.decode("t", as: String.self) }
        #expect(error.problem == .unexpectedNull)
    }

    @Test func timestampsWithOtherTimeZonesDecodeToTheSameInstant() throws {
        try connection.execute("SET TimeZone TO 'Asia/Kolkata'")
        let instant = Date(timeIntervalSince1970: 1_449_000_000)
        let row = try #require(try connection.queryFirst("SELECT \(instant) AS t"))
        #expect(try row.decode("t", as: Date.self) == instant)
    }

    @Test func wrongTypeIsAnErrorNamingColumnAndBothTypes() throws {
        let row = try #require(try connection.queryFirst("SELECT 'Peskov'::text AS name, DATE '2015-12-01' AS said"))
        let error = try #require(throws: RowDecodingError.self) { try row.decode("name", as: Int.self) }
        #expect(error.description == "column \"name\" has type text, which cannot be read as Int")
        let dateError = try #require(throws: RowDecodingError.self) { try row.decode("said", as: Date.self) }
        #expect(dateError.description.contains("\"said\""))
        #expect(dateError.description.contains("date"))
        #expect(dateError.description.contains("Date"))
        let missing = try #require(throws: RowDecodingError.self) { try row.decode("nope", as: String.self) }
        #expect(missing.problem == .noSuchColumn)
    }

    @Test func infiniteDateIsMalformedNotACrash() throws {
        let row = try #require(try connection.queryFirst("SELECT 'infinity'::date AS d, 'infinity'::timestamptz AS t"))
        #expect((try? row.decode("d", as: CalendarDate.self)) == nil)
        let error = try #require(throws: RowDecodingError.self) { try row.decode("t", as: Date.self) }
        #expect(error.problem == .malformed)
    }

    @Test func nulByteIsRefusedBeforeReachingTheServer() throws {
        let error = try #require(throws: PostgresError.self) {
            try connection.query("SELECT \("before\u{0}after")::text")
        }
        #expect(error.kind == .invalidArgument)
        #expect(error.description.contains("NUL"))
    }
}
