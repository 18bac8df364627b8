// Migration file names, the embedded set, and splitting files into statements.
@testable import Migrations
import Checksum
import Foundation
import Testing

@Suite struct MigrationFileTests {
    @Test func versionAndNameComeFromTheFileName() throws {
        let migration = try Migration(fileName: "0002_add_topics.sql", sql: "SELECT 1;")
        #expect(migration.version == 2)
        #expect(migration.name == "add_topics")
        #expect(migration.checksum == SHA256Digest.hash(Array("SELECT 1;".utf8)).description)
    }

    @Test(arguments: ["add_topics.sql", "0002add.sql", "0002_.sql", "0002_add.txt", "x002_add.sql", "0000_zero.sql"])
    func badNamesAreRefused(fileName: String) {
        #expect(throws: MigrationError.self) { try Migration(fileName: fileName, sql: "SELECT 1;") }
    }

    @Test func duplicateVersionsAreRefused() throws {
        let first = try Migration(fileName: "0003_a.sql", sql: "SELECT 1;")
        let second = try Migration(fileName: "0003_b.sql", sql: "SELECT 2;")
        #expect(throws: MigrationError.self) { try Migrator(migrations: [first, second]) }
    }

    @Test func theBinaryCarriesTheRepositorysSQLFiles() throws {
        let embedded = try Migration.embedded()
        #expect(!embedded.isEmpty)
        #expect(embedded.first?.fileName == "0001_create_core_tables.sql")
        #expect(embedded.map(\.version) == embedded.map(\.version).sorted())
        #expect(embedded.first?.sql.contains("CREATE TABLE speakers") == true)
    }

    /// The checksums computed at build time are those of the embedded bytes, and of the files in the
    /// repository: what schema_migrations records and later runs compare.
    @Test func embeddedChecksumsAreTheFilesChecksums() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Migrations")
        for migration in try Migration.embedded() {
            #expect(migration.checksum == SHA256Digest.hash(Array(migration.sql.utf8)).description, "\(migration.fileName)")
            let file = try Data(contentsOf: directory.appending(path: migration.fileName))
            #expect(migration.checksum == SHA256Digest.hash(Array(file)).description, "\(migration.fileName)")
        }
    }
}

@Suite struct StatementSplitterTests {
    @Test func splitsOnSemicolonsOutsideQuotesAndComments() {
        let sql = """
            -- a comment; with a semicolon
            CREATE TABLE a (x text DEFAULT 'semi;colon');
            /* block; comment */
            INSERT INTO a VALUES ('it''s; fine'), (E'back\\'slash;');
              CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
            SELECT "odd;name" FROM a;
            """
        let statements = StatementSplitter.split(sql)
        #expect(statements.count == 4)
        #expect(statements.map(\.line) == [2, 4, 5, 6])
        #expect(statements[2].column == 3)
        #expect(statements[2].text.hasSuffix("$body$ LANGUAGE sql"))
        #expect(statements[0].text == "CREATE TABLE a (x text DEFAULT 'semi;colon')")
    }

    @Test func dropsEmptyStatementsAndKeepsATrailingOneWithoutSemicolon() {
        let statements = StatementSplitter.split(";;\n-- only a comment\n;\nSELECT 1")
        #expect(statements.map(\.text) == ["SELECT 1"])
        #expect(statements.first?.line == 4)
    }

    @Test func parametersAreNotDollarQuotes() {
        let statements = StatementSplitter.split("PREPARE p AS SELECT $1; SELECT 2;")
        #expect(statements.count == 2)
    }
}
