// Many newsrooms on one server: 16 client processes for 60 seconds over loopback TCP, in the mix
// scripts/load runs (add 30%, list 40%, timeline 10%, search 10%, link 10%). No client sees an
// error, and afterwards the database holds exactly what the clients were told was recorded.
import Foundation
import Postgres
import Testing
import TestSupport

/// It runs alone (scripts/test runs it after the other tests, with CLAIMS_LOAD_TEST=1): sixteen busy
/// clients on a two-core machine would slow every test beside them past its timeouts.
@Suite(.tags(.trust), .enabled(if: ProcessInfo.processInfo.environment["CLAIMS_LOAD_TEST"] == "1", "scripts/test runs it alone"))
struct LoadTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "scripts/load")

    @Test func sixteenClientsForSixtySecondsSeeNoErrorAndEveryRecordIsCounted() throws {
        let server = try LoopbackServer()
        try Connection(ConnectionString(server.url(database: "postgres"))).execute("CREATE DATABASE claims_load")
        let url = server.url(database: "claims_load")
        let migrated = try ClaimsBinary.run(["migrate", "--database-url", url])
        #expect(migrated.status == 0, "\(migrated)")

        let out = try TemporaryDirectory.make(prefix: "claims-load")
        defer { try? FileManager.default.removeItem(at: out) }
        let load = try ClaimsBinary.run(
            [Self.script.path, "--url", url, "--clients", "16", "--seconds", "60", "--max", "400", "--claims", ClaimsBinary.url.path,
             "--out", out.path],
            executable: URL(fileURLWithPath: "/bin/bash"), inputBytes: nil)
        print(load.stdout)
        #expect(load.status == 0, "\(load)")

        // What each client was told, command by command.
        var ran: [String: Int] = [:]
        var failed: [String] = []
        for client in 1...16 {
            let said = try String(contentsOf: out.appending(path: "client-\(client).err"), encoding: .utf8)
            #expect(said.isEmpty, "client \(client) was shown: \(said)")
            let log = try String(contentsOf: out.appending(path: "client-\(client).log"), encoding: .utf8)
            let lines = log.split(separator: "\n").map { $0.split(separator: " ") }
            #expect(lines.count >= 20, "client \(client) ran \(lines.count) commands")
            for fields in lines where fields.count == 3 {
                ran[String(fields[0]), default: 0] += 1
                if fields[1] != "0" { failed.append("client \(client): \(fields[0]) exited \(fields[1])") }
            }
        }
        #expect(failed.isEmpty, "\(failed)")
        let total = ran.values.reduce(0, +)
        for (command, share) in [("add", 30), ("list", 40), ("timeline", 10), ("search", 10), ("link", 10)] {
            let percent = 100 * ran[command, default: 0] / max(total, 1)
            #expect(abs(percent - share) <= 5, "\(command): \(percent)% of \(total) commands")
        }

        // Exactly what the clients were told was recorded: no claim, source or link lost or doubled.
        let database = try Connection(ConnectionString(url))
        func count(_ sql: SQL) throws -> Int { try database.queryFirst(sql)?.decode("n", as: Int.self) ?? -1 }
        #expect(try count("SELECT count(*) AS n FROM claims") == ran["add"])
        #expect(try count("SELECT count(*) AS n FROM sources") == ran["add"])
        #expect(try count("SELECT count(*) AS n FROM claim_links") == ran["link"])
        #expect(try count("SELECT count(*) AS n FROM speakers") == 32)
        #expect(try count("SELECT count(*) AS n FROM history WHERE table_name = 'claims' AND operation = 'INSERT'") == ran["add"])
    }
}
