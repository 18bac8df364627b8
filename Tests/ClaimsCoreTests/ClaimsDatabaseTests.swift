// Opening the claims database migrates it on first use, so no user has to know migrations exist.
import ClaimsCore
import Migrations
import Postgres
import Testing
import TestSupport

@Suite struct ClaimsDatabaseTests {
    @Test func openMigratesOnFirstUseAndOnlyThen() throws {
        let database = try TestDatabase()
        let location = try DatabaseLocation.resolve(databaseURL: database.url, dataDirectory: nil, environment: [:])
        var applied: [String] = []
        let connection = try ClaimsDatabase.open(location) { event in
            if case .applied(let migration, _) = event { applied.append(migration.fileName) }
        }.connection
        let embedded = try Migrator.embedded().migrations
        #expect(applied == embedded.map(\.fileName))
        let versions = try connection.query("SELECT version FROM schema_migrations ORDER BY version")
            .map { try $0.decode("version", as: Int.self) }
        #expect(versions == embedded.map(\.version))

        var appliedAgain: [String] = []
        _ = try ClaimsDatabase.open(location) { event in
            if case .applied(let migration, _) = event { appliedAgain.append(migration.fileName) }
        }
        #expect(appliedAgain.isEmpty)
    }

    @Test func openWithoutMigratingLeavesTheDatabaseAlone() throws {
        let database = try TestDatabase()
        let location = try DatabaseLocation.resolve(databaseURL: database.url, dataDirectory: nil, environment: [:])
        let connection = try ClaimsDatabase.open(location, migrate: false).connection
        let present = try connection.queryFirst("SELECT to_regclass('schema_migrations') IS NOT NULL AS present")
        #expect(try present?.decode("present", as: Bool.self) == false)
    }
}
