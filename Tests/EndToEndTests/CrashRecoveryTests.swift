// The embedded cluster after its server dies without shutting down (an OOM kill, a crash, a
// machine that lost power): the next command recovers it, says so in one line, and has lost
// nothing that was committed.
import Foundation
import Testing
import TestSupport

/// A class so that `deinit` stops the cluster and removes its directory after every test.
@Suite(.tags(.trust)) final class CrashRecoveryTests {
    let root: URL
    var dataDirectory: String { root.appending(path: "data").path }
    var pidFile: String { dataDirectory + "/pgdata/postmaster.pid" }

    init() throws {
        root = try TemporaryDirectory.make(prefix: "claims-crash")
    }

    deinit {
        _ = try? claims(["db", "stop"])
        try? FileManager.default.removeItem(at: root)
    }

    func claims(_ arguments: [String]) throws -> CommandResult {
        try ClaimsBinary.run(arguments + ["--data-dir", dataDirectory])
    }

    func status() throws -> [String: Any] {
        let result = try claims(["db", "status", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Two claims, committed.
    func record() throws {
        for (words, date) in [("The harbour will reopen in May", "2024-03-01"), ("Nobody was hurt", "2024-03-02")] {
            let add = try claims([
                "add", words, "--speaker", "Ines Halvorsen", "--create-speaker", "--source", "https://harbour.example/news/\(date)",
                "--title", "Harbour update", "--outlet", "Harbour Gazette", "--published", date, "--said", date,
            ])
            #expect(add.status == 0, "\(add)")
        }
    }

    func listedTexts() throws -> [String] {
        let list = try claims(["list", "--format", "json"])
        #expect(list.status == 0, "\(list)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        return rows.compactMap { $0["text"] as? String }.sorted()
    }

    let recoveredLine = #"^claims: the local PostgreSQL server \(pid \d+\) had stopped without shutting down; it recovered every committed change and is running again\n$"#

    @Test func aKilledServerIsRecoveredByTheNextCommand() throws {
        try record()
        let pid = try #require(try status()["pid"] as? Int)
        #expect(kill(pid_t(pid), SIGKILL) == 0)
        // The server is gone (or a zombie nobody reaps): what is left is a stale postmaster.pid.
        var state = try status()
        for _ in 0..<50 where state["state"] as? String == "running" {
            usleep(100_000)
            state = try status()
        }
        #expect(state["state"] as? String == "stopped without shutting down (the next command recovers it)")
        #expect(state["stalePid"] as? Int == pid)
        #expect(state["pid"] == nil)

        // db stop has nothing to stop, and says so without a page of the server's log.
        let stop = try claims(["db", "stop"])
        #expect(stop.status == 0 && stop.stderr.isEmpty, "\(stop)")
        #expect(stop.stdout.contains("stopped without shutting down, and the next command recovers it"))

        let list = try claims(["list"])
        #expect(list.status == 0, "\(list)")
        #expect(list.stderr.range(of: recoveredLine, options: .regularExpression) != nil, "\(list.stderr)")
        #expect(try listedTexts() == ["Nobody was hurt", "The harbour will reopen in May"])
        let after = try status()
        #expect(after["state"] as? String == "running")
        #expect(after["pid"] as? Int != pid)
        // Once recovered, commands are quiet again.
        #expect(try claims(["list"]).stderr.isEmpty)
    }

    /// After a reboot the pid in a stale postmaster.pid may belong to some other live program:
    /// PostgreSQL alone would refuse to start ("lock file already exists").
    @Test func aStalePidThatIsSomeOtherLiveProcessIsNotTakenForTheServer() throws {
        try record()
        let stop = try claims(["db", "stop"])
        #expect(stop.stdout.hasPrefix("Stopped PostgreSQL"), "\(stop)")
        // As root the server runs as postgres, and a process of another account would look gone
        // to it (kill answers EPERM): the other program runs as the server's account too.
        let other = Process()
        if getuid() == 0 {
            other.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            other.arguments = ["--reuid", "postgres", "--regid", "postgres", "--clear-groups", "/bin/sleep", "300"]
        } else {
            other.executableURL = URL(fileURLWithPath: "/bin/sleep")
            other.arguments = ["300"]
        }
        try other.run()
        defer { other.terminate() }
        let lines = ["\(other.processIdentifier)", dataDirectory + "/pgdata", "1700000000", "5432", dataDirectory + "/socket", "", "  5432001         0", "ready   "]
        try (lines.joined(separator: "\n") + "\n").write(toFile: pidFile, atomically: false, encoding: .utf8)

        let state = try status()
        #expect(state["state"] as? String == "stopped without shutting down (the next command recovers it)")
        #expect(state["stalePid"] as? Int == Int(other.processIdentifier))

        let list = try claims(["list"])
        #expect(list.status == 0, "\(list)")
        #expect(list.stderr.range(of: recoveredLine, options: .regularExpression) != nil, "\(list.stderr)")
        #expect(try listedTexts() == ["Nobody was hurt", "The harbour will reopen in May"])
        #expect(other.isRunning, "the other program was left alone")
        let running = try status()
        #expect(running["state"] as? String == "running")
        #expect(running["pid"] as? Int != Int(other.processIdentifier))
    }
}
