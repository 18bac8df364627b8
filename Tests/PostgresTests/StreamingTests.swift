// Single-row mode: every row arrives, errors surface, and a failing consumer cancels the query.
import Postgres
import Testing
import TestSupport

@Suite struct StreamingTests {
    struct Enough: Error {}

    @Test func rowsArriveOneAtATimeInOrder() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        var seen: [Int] = []
        try connection.forEachRow("SELECT n, 'row ' || n AS label FROM generate_series(1, \(5000)) AS n ORDER BY n") { row in
            seen.append(try row.decode("n"))
            #expect(try row.decode("label", as: String.self) == "row \(seen.count)")
        }
        #expect(seen == Array(1...5000))
        var none = 0
        try connection.forEachRow("SELECT 1 AS one WHERE false") { _ in none += 1 }
        #expect(none == 0)
    }

    @Test func serverErrorsSurfaceAndTheConnectionStaysUsable() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.forEachRow("SELECT 1 / (n - 3) AS x FROM generate_series(1, 5) AS n") { _ in }
        }
        #expect(error.sqlState == SQLState("22012"))  // division_by_zero
        #expect(try connection.queryFirst("SELECT 2 AS two")?.decode("two", as: Int.self) == 2)
    }

    @Test func aThrowingConsumerCancelsTheQuery() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        var count = 0
        #expect(throws: Enough.self) {
            try connection.forEachRow("SELECT n FROM generate_series(1, 10000000) AS n") { _ in
                count += 1
                if count == 10 { throw Enough() }
            }
        }
        #expect(count == 10)
        #expect(try connection.queryFirst("SELECT 3 AS three")?.decode("three", as: Int.self) == 3)
    }
}
