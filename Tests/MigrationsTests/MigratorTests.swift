// The migrator against real databases: once, idempotent, checksums, newer databases, rollback.
import Migrations
import Postgres
import Testing
import TestSupport

@Suite struct MigratorTests {
    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestDatabase()
        connection = try database.connect()
    }

    func migration(_ fileName: String, _ sql: String) throws -> Migration {
        try Migration(fileName: fileName, sql: sql)
    }

    func tableExists(_ name: String) throws -> Bool {
        try connection.queryFirst("SELECT to_regclass(\(name)) IS NOT NULL AS present")?.decode("present", as: Bool.self)
            ?? false
    }

    func appliedVersions() throws -> [Int] {
        try connection.query("SELECT version FROM schema_migrations ORDER BY version").map { try $0.decode("version") }
    }

    @Test func appliesEachMigrationOnceAndRecordsIt() throws {
        let migrator = try Migrator(migrations: [
            migration("0001_people.sql", "CREATE TABLE people (name text);"),
            migration("0002_places.sql", "CREATE TABLE places (name text);\nINSERT INTO places VALUES ('Paris');"),
        ])
        var events: [String] = []
        let applied = try migrator.migrate(connection) { event in
            if case .applied(let migration, _) = event { events.append(migration.fileName) }
        }
        #expect(applied.map(\.version) == [1, 2])
        #expect(events == ["0001_people.sql", "0002_places.sql"])
        #expect(try appliedVersions() == [1, 2])
        let row = try #require(try connection.queryFirst("SELECT name, checksum, duration_ms FROM schema_migrations WHERE version = 2"))
        #expect(try row.decode("name", as: String.self) == "places")
        #expect(try row.decode("checksum", as: String.self) == migrator.migrations[1].checksum)
        #expect(try row.decode("duration_ms", as: Double.self) >= 0)

        // A second run applies nothing and changes nothing.
        #expect(try migrator.migrate(connection).isEmpty)
        #expect(try migrator.migrateIfNeeded(connection).isEmpty)
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM places")?.decode("n", as: Int.self) == 1)
    }

    @Test func statusListsAppliedAndPending() throws {
        let first = try migration("0001_people.sql", "CREATE TABLE people (name text);")
        try Migrator(migrations: [first]).migrate(connection)
        let both = try Migrator(migrations: [first, migration("0002_places.sql", "CREATE TABLE places (name text);")])
        let status = try both.status(connection)
        #expect(status.entries.map(\.isPending) == [false, true])
        #expect(status.pending.map(\.version) == [2])
        #expect(try !tableExists("places"))
    }

    @Test func anEditedMigrationStopsEverything() throws {
        try Migrator(migrations: [migration("0001_people.sql", "CREATE TABLE people (name text);")]).migrate(connection)
        let edited = try Migrator(migrations: [
            migration("0001_people.sql", "CREATE TABLE people (name text, born date);"),
            migration("0002_places.sql", "CREATE TABLE places (name text);"),
        ])
        let error = try #require(throws: MigrationError.self) { try edited.migrate(connection) }
        guard case .checksumMismatch(let version, _, let applied, let found) = error else {
            Issue.record("expected a checksum mismatch, got \(error)")
            return
        }
        #expect(version == 1)
        #expect(applied != found)
        #expect(error.description.contains("applied to database: sha256 \(applied)"))
        #expect(error.description.contains("found in this binary: sha256 \(found)"))
        #expect(error.description.contains("new migration"))
        #expect(try !tableExists("places"))
        #expect(throws: MigrationError.self) { try edited.migrateIfNeeded(connection) }
    }

    @Test func aDatabaseNewerThanTheBinaryIsRefused() throws {
        let first = try migration("0001_people.sql", "CREATE TABLE people (name text);")
        try Migrator(migrations: [first, migration("0002_places.sql", "CREATE TABLE places (name text);")]).migrate(connection)
        let older = try Migrator(migrations: [first])
        let error = try #require(throws: MigrationError.self) { try older.migrateIfNeeded(connection) }
        guard case .databaseIsNewer(let unknown, let newest) = error else {
            Issue.record("expected databaseIsNewer, got \(error)")
            return
        }
        #expect(unknown == [2])
        #expect(newest == 1)
        #expect(throws: MigrationError.self) { try older.status(connection) }
    }

    @Test func aFailingMigrationIsRolledBackAndNamesFileLineAndMessage() throws {
        let migrator = try Migrator(migrations: [
            migration("0001_people.sql", "CREATE TABLE people (name text);"),
            migration(
                "0002_broken.sql",
                """
                -- creates a table, then fails
                CREATE TABLE places (name text);
                INSERT INTO places VALUES ('Paris');

                SELECT name FROM places WHERE nonexistent = 1;
                """),
        ])
        let error = try #require(throws: MigrationError.self) { try migrator.migrate(connection) }
        guard case .statementFailed(let fileName, let line, let column, let underlying) = error else {
            Issue.record("expected statementFailed, got \(error)")
            return
        }
        #expect(fileName == "0002_broken.sql")
        #expect(line == 5)
        #expect(column == 31)
        #expect(underlying.sqlState == .undefinedColumn)
        #expect(error.description.contains("0002_broken.sql failed at line 5, column 31: column \"nonexistent\" does not exist"))
        // 0001 stays applied; nothing of 0002 remains.
        #expect(try appliedVersions() == [1])
        #expect(try tableExists("people"))
        #expect(try !tableExists("places"))
    }

    @Test func aFailureWithoutPositionNamesTheStatementsLine() throws {
        let migrator = try Migrator(migrations: [
            migration(
                "0001_duplicates.sql",
                "CREATE TABLE t (x int);\nINSERT INTO t VALUES (1), (1);\n\n  CREATE UNIQUE INDEX t_x ON t (x);\n")
        ])
        let error = try #require(throws: MigrationError.self) { try migrator.migrate(connection) }
        guard case .statementFailed(_, let line, let column, let underlying) = error else {
            Issue.record("expected statementFailed, got \(error)")
            return
        }
        #expect(line == 4)
        #expect(column == 3)
        #expect(underlying.sqlState == .uniqueViolation)
        #expect(try !tableExists("t"))
        #expect(try appliedVersions().isEmpty)
    }

    @Test func theEmbeddedMigrationsApplyToAnEmptyDatabase() throws {
        let migrator = try Migrator.embedded()
        let applied = try migrator.migrate(connection)
        #expect(applied.count == migrator.migrations.count)
        #expect(try tableExists("claims"))
        #expect(try migrator.migrateIfNeeded(connection).isEmpty)
    }
}
