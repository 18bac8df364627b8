// A password given in a URL or in PGPASSWORD never appears in anything claims prints.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct SecretsTests {
    static let secret = "Tr0ub4dor-and-3"

    @Test func passwordsNeverReachOutputLogsOrErrors() throws {
        let room = try Newsroom()
        try room.seedStory()
        let settings = room.database.connectionString
        let withPassword = settings.setting("password", to: Self.secret).unredacted
        #expect(withPassword.contains(Self.secret))
        let unreachable = "postgresql://reporter:\(Self.secret)@127.0.0.1:1/claims?connect_timeout=2"
        let badOption = "postgresql://reporter:\(Self.secret)@127.0.0.1/claims?sslmode=sometimes"
        let malformed = "postgresql://reporter:\(Self.secret)@127.0.0.1/claims?nonsense=1"

        var results: [CommandResult] = []
        for url in [withPassword, unreachable, badOption, malformed] {
            for arguments in [
                ["list", "--verbose"], ["add", "A claim.", "--speaker", "Peskov", "--source", "1", "--verbose"],
                ["add", "A claim.", "--speaker", "Nobody", "--source", "1"], ["db", "url"], ["db", "url", "--format", "json"],
                ["db", "status"], ["migrate", "status", "--verbose"], ["show", "999"],
            ] {
                results.append(try ClaimsBinary.run(arguments + ["--database-url", url]))
            }
        }
        // The same through libpq's environment: PGPASSWORD with PGHOST, PGPORT, PGUSER, PGDATABASE.
        var environment = ["PGPASSWORD": Self.secret]
        for (keyword, variable) in [("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"), ("dbname", "PGDATABASE")] {
            if let value = settings.value(for: keyword) { environment[variable] = value }
        }
        for arguments in [["list", "--verbose"], ["db", "url"], ["db", "status"], ["show", "999"]] {
            results.append(try ClaimsBinary.run(arguments, environment: environment))
        }
        environment["PGPORT"] = "1"
        results.append(try ClaimsBinary.run(["list", "--verbose", "--connect-timeout", "2"], environment: environment))

        #expect(results.contains { $0.status == 0 } && results.contains { $0.status == 3 } && results.contains { $0.status == 64 })
        #expect(results.contains { $0.stderr.contains("invalid sslmode value") })
        for result in results {
            #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret), "\(result)")
        }
    }
}
