// The claims binary as a user meets it: help, version, usage errors, unreachable servers.
import Foundation
import Testing
import TestSupport

@Suite struct CommandLineTests {
    @Test func helpTeachesTheDatabaseOrderAndExitCodes() throws {
        let result = try ClaimsBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Keep a PostgreSQL record of who said what"))
        for line in [
            "1. --database-url URL", "2. CLAIMS_DATABASE_URL", "3. PGHOST, PGSERVICE or PGDATABASE set",
            "4. database_url in the configuration file", "5. the embedded cluster", "3   the database cannot be reached", "64  usage error",
            "migrate ", "db ",
        ] {
            #expect(result.stdout.contains(line), "help lacks \(line)")
        }
    }

    @Test func subcommandHelp() throws {
        let result = try ClaimsBinary.run(["help", "db", "status"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: claims db status"))
        #expect(result.stdout.contains("--format <format>"))
        // The connection options are listed once, in the top-level help, not in every command's.
        #expect(!result.stdout.contains("--database-url <url>"))
        let top = try ClaimsBinary.run(["--help"])
        #expect(top.stdout.contains("CONNECTION OPTIONS (BEFORE OR AFTER THE COMMAND):"), "\(top)")
        #expect(top.stdout.contains("-d, --database <name>"))
    }

    @Test func versionIsPrinted() throws {
        let result = try ClaimsBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
        #expect(try ClaimsBinary.run(["-V"]).stdout == "0.1.0\n")
    }

    @Test func unknownFlagIsAUsageError() throws {
        let result = try ClaimsBinary.run(["migrate", "--no-such-flag"])
        #expect(result.status == 64)
        #expect(result.stderr == "claims: unknown option '--no-such-flag'. See 'claims migrate apply --help'.\n", "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func badTimeoutIsAUsageError() throws {
        let result = try ClaimsBinary.run(["migrate", "--connect-timeout", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--connect-timeout must be a whole number of seconds"))
    }

    @Test func malformedDatabaseURLIsAUsageError() throws {
        let result = try ClaimsBinary.run(["migrate", "--database-url", "postgresql://me:pw@db/claims?bogus=1"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("claims: invalid connection string"))
        #expect(!result.stderr.contains("pw@"))
    }

    @Test func deadServerIsExitCodeThreeInOneLineWithoutPassword() throws {
        let started = Date()
        let result = try ClaimsBinary.run(["migrate", "--database-url", "postgresql://reporter:hunter2@127.0.0.1:1/claims"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("claims: cannot connect to PostgreSQL at 127.0.0.1:1/claims: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        // libpq's two lines joined as two sentences, not "Connection refused Is the server running".
        #expect(result.stderr.contains("Connection refused. Is the server running"), "\(result)")
        #expect(!result.stderr.contains("hunter2"))
        #expect(result.stdout.isEmpty)
    }

    @Test func libpqEnvironmentIsUsedAndExplained() throws {
        let result = try ClaimsBinary.run(
            ["db", "url", "--verbose"], environment: ["PGHOST": "/nonexistent/socket/dir", "PGDATABASE": "claims"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("PGHOST=/nonexistent/socket/dir"))
        #expect(result.stderr.contains("PGHOST, PGDATABASE are set"))

        let migrate = try ClaimsBinary.run(["migrate"], environment: ["PGHOST": "/nonexistent/socket/dir"])
        #expect(migrate.status == 3)
        #expect(migrate.stderr.contains("cannot connect to PostgreSQL at /nonexistent/socket/dir"))
        // A PG variable left over from other work is named, with the way back to claims' own database.
        #expect(migrate.stderr.contains("(PGHOST=/nonexistent/socket/dir is set, so libpq chose the server and database; unset it to use claims' own)"), "\(migrate)")
    }
}
