// The embedded default: created, started, reused and stopped in a temporary data directory.
import Foundation
import Testing
import TestSupport
import EmbeddedPostgres

/// A class so that `deinit` stops the cluster and removes its directory after every test, pass or fail.
@Suite final class EmbeddedClusterTests {
    let root: URL
    var dataDirectory: String { root.appending(path: "data").path }

    init() throws {
        root = try TemporaryDirectory.make(prefix: "claims-embedded")
    }

    func claims(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try ClaimsBinary.run(arguments + ["--data-dir", dataDirectory], environment: environment)
    }

    func status() throws -> [String: Any] {
        let result = try claims(["db", "status", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    deinit {
        _ = try? claims(["db", "stop"])
        try? FileManager.default.removeItem(at: root)
    }

    @Test func startedReusedAndStopped() throws {
        #expect(try status()["state"] as? String == "not created yet (the first command creates it)")

        let start = try claims(["db", "start"])
        #expect(start.status == 0, "\(start)")
        #expect(start.stdout == "Started PostgreSQL in \(dataDirectory).\n")
        let running = try status()
        #expect(running["state"] as? String == "running")
        let pid = try #require(running["pid"] as? Int)
        #expect(running["inUse"] as? Bool == true)
        if getuid() == 0 {
            #expect((running["serverAccount"] as? String)?.hasPrefix("postgres") == true)
        }

        let again = try claims(["db", "start"])
        #expect(again.stdout == "PostgreSQL is already running in \(dataDirectory).\n")

        // Another command reuses the same server and migrates on first use.
        let migrate = try claims(["migrate"])
        #expect(migrate.status == 0, "\(migrate)")
        #expect(try status()["pid"] as? Int == pid)

        let url = try claims(["db", "url"])
        #expect(url.stdout == "postgresql://claims@/claims?host=\(dataDirectory)/socket\n")
        #expect(url.stderr.contains("uses its own PostgreSQL in \(dataDirectory) (--data-dir)"))

        let stopped = try claims(["db", "stop"])
        #expect(stopped.stdout == "Stopped PostgreSQL in \(dataDirectory).\n")
        #expect(try status()["state"] as? String == "stopped")
        #expect(try claims(["db", "stop"]).stdout == "PostgreSQL is not running in \(dataDirectory).\n")

        // The next command starts it again by itself.
        let status = try claims(["migrate", "status"])
        #expect(status.status == 0, "\(status)")
        #expect(status.stdout.range(of: #"\n1 +create_core_tables +applied"#, options: .regularExpression) != nil)
    }

    @Test(.tags(.trust)) func twoFirstUsesAtOnceStartOneCluster() async throws {
        let directory = dataDirectory
        async let first = Task.detached {
            try ClaimsBinary.run(["migrate", "--data-dir", directory])
        }.value
        async let second = Task.detached {
            try ClaimsBinary.run(["migrate", "--data-dir", directory])
        }.value
        let results = try await [first, second]
        for result in results {
            #expect(result.status == 0, "\(result)")
        }
        #expect(try status()["state"] as? String == "running")
        let applied = results.map { $0.stdout.components(separatedBy: "Applied 0001").count - 1 }
        #expect(applied.sorted() == [0, 1])
    }

    @Test func missingServerProgramsSayHowToInstallThem() throws {
        let result = try claims(["migrate"], environment: ["CLAIMS_PG_BINDIR": root.appending(path: "nothing-here").path])
        #expect(result.status == 5)
        #expect(result.stderr.contains("apt-get install postgresql"))
        #expect(result.stderr.contains("--database-url"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// Only `claims` is made on first use: a mistyped -d or CLAIMS_DATABASE is refused, not set up
    /// empty; others come from `db create`, and `db list` shows them.
    @Test func onlyTheDefaultDatabaseIsMadeOnFirstUse() throws {
        let first = try claims(["list"])
        #expect(first.status == 0, "\(first)")
        // One line for the whole set-up, not one per migration.
        #expect(first.stderr.range(of: #"^claims: set up the database claims \(\d+ migrations, \d+ ms\)\n$"#, options: .regularExpression) != nil, "\(first)")

        let typo = try claims(["list"], environment: ["CLAIMS_DATABASE": "claimz"])
        #expect(typo.status == 1, "\(typo)")
        #expect(typo.stderr == "claims: CLAIMS_DATABASE names 'claimz', which the embedded cluster does not have: make it with: claims db create claimz, or unset CLAIMS_DATABASE\n")
        // PostgreSQL's own databases are not for claims: its schema in template1 would be in every new one.
        let template = try claims(["-d", "template1", "list"])
        #expect(template.status == 1 && template.stderr.contains("not postgres, template0 or template1"), "\(template)")
        let flagged = try claims(["-d", "claimz", "list"])
        #expect(flagged.status == 1 && flagged.stderr.contains("there is no database 'claimz' in the embedded cluster"), "\(flagged)")

        let listed = try claims(["db", "list", "--format", "json"])
        let names = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(names.compactMap { $0["name"] as? String } == ["claims"], "\(listed)")

        let created = try claims(["db", "create", "newsroom"])
        #expect(created.status == 0 && created.stdout.hasPrefix("Created database newsroom"), "\(created)")
        #expect(try claims(["db", "create", "newsroom"]).status == 1)
        let used = try claims(["-d", "newsroom", "speaker", "add", "Helen Marsh"])
        #expect(used.status == 0, "\(used)")
        #expect(used.stderr.hasPrefix("claims: set up the database newsroom ("), "\(used)")
        #expect(try claims(["speaker", "list"]).stdout.contains("Helen Marsh") == false)
        #expect(try claims(["speaker", "list"], environment: ["CLAIMS_DATABASE": "newsroom"]).stdout.contains("Helen Marsh"))

        let table = try claims(["db", "list"], environment: ["CLAIMS_DATABASE": "newsroom"])
        #expect(table.stdout.range(of: #"\nnewsroom +\d+ (kB|MB) +yes\n"#, options: .regularExpression) != nil, "\(table)")
        let url = try claims(["db", "url"], environment: ["CLAIMS_DATABASE": "newsroom"])
        #expect(url.stderr.contains("database 'newsroom' (CLAIMS_DATABASE)"), "\(url)")
    }
}
