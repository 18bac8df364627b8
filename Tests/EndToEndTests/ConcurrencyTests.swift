// Eight people adding claims at once, creating the same speakers and sources at the same moment.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct ConcurrencyTests {
    /// Each of 8 processes runs `claims add` 250 times; speakers, sources and outlets are shared, and
    /// the first adds of every process race to create them. No process may print an error, and the
    /// record must end with exactly 2,000 claims and no duplicate.
    @Test func eightWritersTwoThousandClaimsNoDuplicates() throws {
        let room = try Newsroom()
        let script = """
            for i in $(seq 250); do
              "$CLAIMS" add "Claim $WRITER-$i about the budget." --speaker "Racer $((i % 5))" --create-speaker \\
                --source "https://race.example/$((i % 7))" --title "Race $((i % 7))" --outlet "Wire $((i % 3))" \\
                --published 2015-12-02 --via "Relay $((i % 4))" --paraphrase --new --as "writer-$WRITER" \\
                --database-url "$URL" > /dev/null || echo "add $i failed with $?" >&2
            done
            """
        var writers: [(process: Process, errors: Pipe)] = []
        for writer in 1...8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", script]
            process.environment = ["CLAIMS": ClaimsBinary.url.path, "URL": room.database.url, "WRITER": String(writer), "PATH": "/usr/bin:/bin"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            writers.append((process, errors))
        }
        for (process, errors) in writers {
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(stderr.isEmpty, "\(stderr)")
        }
        let db = try room.database.connect()
        func count(_ sql: SQL) throws -> Int? { try db.queryFirst(sql)?.decode("n", as: Int.self) }
        #expect(try count("SELECT count(*) AS n FROM claims") == 2_000)
        #expect(try count("SELECT count(*) AS n FROM speakers") == 5)
        #expect(try count("SELECT count(*) AS n FROM sources") == 7)
        #expect(try count("SELECT count(*) AS n FROM outlets") == 7)
        #expect(try count("SELECT count(DISTINCT text) AS n FROM claims") == 2_000)
        #expect(try count("SELECT count(*) AS n FROM claim_outlets") == 2_000)
        #expect(try count("SELECT count(DISTINCT actor) AS n FROM history WHERE table_name = 'claims'") == 8)
    }
}
