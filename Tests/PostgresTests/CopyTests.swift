// COPY FROM STDIN: bulk loads, escaping, and errors surfaced.
import Postgres
import Testing
import TestSupport

@Suite struct CopyTests {
    struct ProducerFailed: Error {}

    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestDatabase()
        connection = try database.connect()
        try connection.execute("CREATE TABLE staging (line int NOT NULL, speaker text, quote text)")
    }

    @Test func copiesTenThousandRows() throws {
        let rows = (1...10_000).map { [String($0), "Speaker \($0 % 97)", "Quote number \($0)"] as [String?] }
        let loaded = try connection.copy("COPY staging (line, speaker, quote) FROM STDIN", rows: rows)
        #expect(loaded == 10_000)
        let summary = try #require(try connection.queryFirst("SELECT count(*) AS n, sum(line) AS total FROM staging"))
        #expect(try summary.decode("n", as: Int.self) == 10_000)
        #expect(try summary.decode("total", as: Int.self) == 50_005_000)
    }

    @Test func awkwardTextSurvivesTheTextFormat() throws {
        let awkward = "tab\there\nnew line\\backslash \\N not null, «Erdoğan»\r"
        try connection.copy("COPY staging (line, speaker, quote) FROM STDIN", rows: [["1", nil, awkward]])
        let row = try #require(try connection.queryFirst("SELECT speaker, quote FROM staging"))
        #expect(try row.decode("speaker", as: String?.self) == nil)
        #expect(try row.decode("quote", as: String.self) == awkward)
    }

    @Test func serverRejectionIsThrownWithTheLine() throws {
        let rows: [[String?]] = [["1", "a", "fine"], ["two", "b", "not a number"]]
        let error = try #require(throws: PostgresError.self) {
            try connection.copy("COPY staging (line, speaker, quote) FROM STDIN", rows: rows)
        }
        #expect(error.sqlState == .invalidTextRepresentation)
        #expect(error.description.contains("two"))
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM staging")?.decode("n", as: Int.self) == 0)
        // The connection is still usable afterwards.
        #expect(try connection.queryFirst("SELECT 1 AS one")?.decode("one", as: Int.self) == 1)
    }

    @Test func producerFailureAbortsTheCopy() throws {
        #expect(throws: ProducerFailed.self) {
            try connection.copy("COPY staging (line, speaker, quote) FROM STDIN") { writer in
                try writer.write(["1", "a", "b"])
                throw ProducerFailed()
            }
        }
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM staging")?.decode("n", as: Int.self) == 0)
        #expect(try connection.queryFirst("SELECT 1 AS one")?.decode("one", as: Int.self) == 1)
    }
}
