// Transactions commit when the closure returns and roll back when it throws.
import Postgres
import Testing
import TestSupport

@Suite struct TransactionTests {
    struct Abandon: Error {}

    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestDatabase()
        connection = try database.connect()
        try connection.execute("CREATE TABLE notes (body text NOT NULL)")
    }

    func count() throws -> Int {
        try connection.queryFirst("SELECT count(*) AS n FROM notes")?.decode("n", as: Int.self) ?? -1
    }

    @Test func commitsWhenTheClosureReturns() throws {
        let value = try connection.transaction { db in
            try db.execute("INSERT INTO notes VALUES (\("kept"))")
            return 7
        }
        #expect(value == 7)
        #expect(try count() == 1)
        #expect(!connection.isInTransaction)
    }

    @Test func rollsBackWhenTheClosureThrows() throws {
        #expect(throws: Abandon.self) {
            try connection.transaction { db in
                try db.execute("INSERT INTO notes VALUES (\("lost"))")
                throw Abandon()
            }
        }
        #expect(try count() == 0)
        #expect(!connection.isInTransaction)
    }

    @Test func rollsBackWhenTheServerRefusesAStatement() throws {
        let missing: String? = nil
        #expect(throws: PostgresError.self) {
            try connection.transaction { db in
                try db.execute("INSERT INTO notes VALUES (\("first"))")
                try db.execute("INSERT INTO notes VALUES (\(missing))")
            }
        }
        #expect(try count() == 0)
    }

    @Test func nestedTransactionUndoesOnlyItself() throws {
        try connection.transaction { db in
            try db.execute("INSERT INTO notes VALUES (\("outer"))")
            #expect(throws: Abandon.self) {
                try db.transaction { inner in
                    try inner.execute("INSERT INTO notes VALUES (\("inner"))")
                    throw Abandon()
                }
            }
        }
        #expect(try count() == 1)
    }
}
