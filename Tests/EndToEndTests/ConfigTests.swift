// The configuration file: defaults set once, each below its flag and its environment variable.
import Foundation
import Testing
import TestSupport

@Suite struct ConfigTests {
    /// A room and a configuration file of its own (CLAIMS_CONFIG), removed afterwards.
    struct Setup {
        let room: Newsroom
        let directory: URL
        var file: URL { directory.appending(path: "claims/config") }
        var environment: [String: String] { ["CLAIMS_CONFIG": file.path] }

        func claims(_ arguments: [String], _ extra: [String: String] = [:]) throws -> CommandResult {
            try ClaimsBinary.run(arguments, environment: environment.merging(extra) { $1 })
        }
    }

    func setup() throws -> Setup {
        let room = try Newsroom()
        try room.seedStory()
        return Setup(room: room, directory: try TemporaryDirectory.make(prefix: "claims-config"))
    }

    @Test func setGetListAndUnset() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        let set = try setup.claims(["config", "set", "actor", "Ana Ruiz"])
        #expect(set.status == 0 && set.stdout == "actor = Ana Ruiz (in \(setup.file.path))\n", "\(set)")
        #expect(try String(contentsOf: setup.file, encoding: .utf8) == "# claims defaults; flags and environment variables override them\nactor = Ana Ruiz\n")
        // Its owner's only: database_url may hold a password.
        let mode = try FileManager.default.attributesOfItem(atPath: setup.file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "\(String(mode ?? 0, radix: 8))")
        let broken = try setup.claims(["config", "set", "actor", "Ana\nformat = csv"])
        #expect(broken.status == 64 && broken.stderr.contains("give it on one line"), "\(broken)")
        #expect(try setup.claims(["config", "set", "format", "markdown"]).status == 0)
        #expect(try setup.claims(["config", "get", "actor"]).stdout == "Ana Ruiz\n")
        #expect(try setup.claims(["config", "list"]).stdout == "actor = Ana Ruiz\nformat = markdown\n")
        let typo = try setup.claims(["config", "set", "formt", "json"])
        #expect(typo.status == 64 && typo.stderr.contains("'formt' is not a setting. Did you mean 'format'?"), "\(typo)")
        let badFormat = try setup.claims(["config", "set", "format", "yaml"])
        #expect(badFormat.status == 64 && badFormat.stderr.contains("'yaml' is not an output format"), "\(badFormat)")
        let badName = try setup.claims(["config", "set", "database", "Bad-Name"])
        #expect(badName.status == 1 && badName.stderr.contains("not a usable database name"), "\(badName)")
        #expect(try setup.claims(["config", "unset", "format"]).stdout == "Removed format from \(setup.file.path).\n")
        let unsetGet = try setup.claims(["config", "get", "format"])
        #expect(unsetGet.status == 1 && unsetGet.stdout.isEmpty)
    }

    @Test func eachDefaultIsBelowItsFlagAndItsVariable() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        let url = setup.room.database.url
        _ = try setup.claims(["config", "set", "database_url", url])
        _ = try setup.claims(["config", "set", "actor", "Ana Ruiz"])
        _ = try setup.claims(["config", "set", "format", "json"])

        // The file chose the database, and db url says so.
        let said = try setup.claims(["db", "url", "--format", "table"])
        #expect(said.stdout.contains("dbname=claims_test") && said.stderr.contains("database_url is set in \(setup.file.path)"), "\(said)")
        // format = json for a command that has json; --format overrides it.
        let listed = try setup.claims(["speaker", "list"])
        #expect(listed.status == 0 && listed.stdout.hasPrefix("["), "\(listed)")
        #expect(try setup.claims(["speaker", "list", "--format", "table"]).stdout.hasPrefix("ID  NAME"))
        // actor = Ana Ruiz, unless CLAIMS_ACTOR or --as says otherwise.
        let first = try setup.claims(["add", "Words one.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--format", "table"])
        let second = try setup.claims(["add", "Words two.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--format", "table"], ["CLAIMS_ACTOR": "night-desk"])
        #expect(first.status == 0 && second.status == 0, "\(first)\n\(second)")
        let actor = { (id: String) throws -> String? in
            let entries = try JSONSerialization.jsonObject(with: Data(setup.claims(["history", id]).stdout.utf8)) as? [[String: Any]]
            return entries?.first?["actor"] as? String
        }
        #expect(try actor(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == "Ana Ruiz")
        #expect(try actor(second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == "night-desk")
        // CLAIMS_DATABASE_URL is above the file: a dead server there is the one tried.
        let overridden = try setup.claims(["list"], ["CLAIMS_DATABASE_URL": "postgresql://127.0.0.1:1/elsewhere"])
        #expect(overridden.status == 3 && overridden.stderr.contains("127.0.0.1:1/elsewhere"), "\(overridden)")
    }

    @Test func theFilesPagerIsAboveThePAGERVariable() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        _ = try setup.claims(["config", "set", "pager", "sed 's/^/from-config: /'"])
        let paged = try ClaimsBinary.runInTerminal(
            ["speaker", "list", "--database-url", setup.room.database.url], columns: 100,
            environment: setup.environment.merging(["PAGER": "sed 's/^/from-PAGER: /'"]) { $1 })
        #expect(paged.stdout.hasPrefix("from-config: ID"), "\(paged)")
    }

    @Test func aBrokenLineIsRefusedWithItsNumber() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.directory) }
        _ = try setup.claims(["config", "set", "actor", "Ana Ruiz"])
        try (String(contentsOf: setup.file, encoding: .utf8) + "databse newsroom\n").write(to: setup.file, atomically: true, encoding: .utf8)
        let refused = try setup.claims(["list", "--database-url", setup.room.database.url])
        #expect(refused.status == 1 && refused.stderr == "claims: \(setup.file.path) line 3 is not key = value ('databse newsroom'): fix the line or delete it\n", "\(refused)")
        // claims config itself still reads the file, to mend it.
        let listed = try setup.claims(["config", "list"])
        #expect(listed.status == 0 && listed.stdout == "actor = Ana Ruiz\n" && listed.stderr.contains("line 3 is not key = value"), "\(listed)")
    }
}
