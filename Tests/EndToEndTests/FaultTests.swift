// Faults in the middle of a write: the process killed, or the server stopped. Nothing half-written.
import Foundation
import Postgres
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.tags(.trust)) struct FaultTests {
    /// A CSV file of `rows` claims by a few speakers, with their sources described.
    static func bigCSV(rows: Int, in directory: URL) throws -> URL {
        var text = "speaker,text,source_url,source_title,outlet,published\n"
        for row in 1...rows {
            text += "Speaker \(row % 40),Statement number \(row) about the harbour budget.,https://big.example/\(row % 500),Report \(row % 500),Wire \(row % 5),2015-12-02\n"
        }
        let file = directory.appending(path: "big.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Starts `claims import csv` and returns once its COPY is running on the server.
    static func startImport(_ file: URL, url: String, watch: Connection, database: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = ClaimsBinary.url
        process.arguments = ["import", "csv", file.path, "--quiet", "--database-url", url]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let copying = try watch.queryFirst(
                """
                SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = \(database) AND state = 'active' AND query LIKE 'COPY claims_import%'
                """)?.decode("n", as: Int.self)
            if copying == 1 { return (process, errors) }
            guard process.isRunning else { break }
            usleep(20_000)
        }
        throw CommandFailed(description: "the import never reached COPY")
    }

    struct CommandFailed: Error, CustomStringConvertible { var description: String }

    /// Waits (30 s at most) until no client is connected to `database`: the server has noticed a
    /// killed client and rolled its transaction back.
    static func waitForClientsToLeave(_ database: String, watch: Connection) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline,
            try watch.queryFirst("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = \(database) AND backend_type = 'client backend' AND pid <> pg_backend_pid()")?
                .decode("n", as: Int.self) != 0
        {
            usleep(50_000)
        }
    }

    @Test func anImportKilledHalfWayLeavesNothingAndRunsAgain() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-kill")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.bigCSV(rows: 60_000, in: directory)
        let watch = try Connection(TestServer.connectionString())
        let before = try room.counts()

        let (process, _) = try Self.startImport(file, url: room.database.url, watch: watch, database: room.database.name)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        try Self.waitForClientsToLeave(room.database.name, watch: watch)
        #expect(try room.counts() == before)

        let again = try room.claims(["import", "csv", file.path, "--quiet"])
        #expect(again.status == 0, "\(again)")
        #expect(try room.counts()["claims"] == 60_000)
    }

    /// Ctrl-C in the middle of an import says so in one line; nothing is imported, and no claim
    /// numbers were used up (they are drawn only once every row has passed its checks).
    @Test func anInterruptedImportSaysNothingWasImportedAndUsesNoNumbers() throws {
        let room = try Newsroom()
        try room.seedStory()
        let directory = try TemporaryDirectory.make(prefix: "claims-interrupt")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.bigCSV(rows: 60_000, in: directory)
        let watch = try Connection(TestServer.connectionString())
        let before = try room.counts()

        let (process, errors) = try Self.startImport(file, url: room.database.url, watch: watch, database: room.database.name)
        kill(process.processIdentifier, SIGINT)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr == "\nclaims: interrupted: nothing was imported\n", "\(stderr)")
        try Self.waitForClientsToLeave(room.database.name, watch: watch)
        #expect(try room.counts() == before)

        // A file refused for its last row leaves no gap either: the next claim is number 1.
        let refused = directory.appending(path: "refused.csv")
        try (String(contentsOf: file, encoding: .utf8) + "Speaker 1,Bad date,https://big.example/1,R,W,2015-02-30\n").write(to: refused, atomically: true, encoding: .utf8)
        let result = try room.claims(["import", "csv", refused.path, "--quiet"])
        #expect(result.status == 1 && result.stderr.contains("line 60002"), "\(result)")
        #expect(try room.add(["The first claim.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"]) == 1)
    }

    @Test func aServerStoppedMidCommandGivesTheUnreachableCodeAndRecovers() throws {
        let root = try TemporaryDirectory.make(prefix: "claims-stop")
        let dataDirectory = root.appending(path: "data").path
        defer {
            _ = try? ClaimsBinary.run(["db", "stop", "--data-dir", dataDirectory])
            try? FileManager.default.removeItem(at: root)
        }
        #expect(try ClaimsBinary.run(["db", "start", "--data-dir", dataDirectory]).status == 0)
        let url = try ClaimsBinary.run(["db", "url", "--data-dir", dataDirectory]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try ClaimsBinary.run(["migrate", "--database-url", url]).status == 0)
        let file = try Self.bigCSV(rows: 60_000, in: root)
        let watch = try Connection(ConnectionString(url).setting("dbname", to: "postgres"))
        let database = try #require(try ConnectionString(url).value(for: "dbname"))

        let (process, errors) = try Self.startImport(file, url: url, watch: watch, database: database)
        let stop = try ClaimsBinary.run(["db", "stop", "--data-dir", dataDirectory])
        #expect(stop.status == 0, "\(stop)")
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3, "\(stderr)")
        #expect(stderr.hasPrefix("claims: lost the connection to PostgreSQL") || stderr.hasPrefix("claims: cannot connect to PostgreSQL"), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")

        // After a restart the next command works, and the interrupted import left nothing behind.
        #expect(try ClaimsBinary.run(["db", "start", "--data-dir", dataDirectory]).status == 0)
        let list = try ClaimsBinary.run(["list", "--format", "json", "--database-url", url])
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }
}
