// The root command: global help, version, and the one place where errors become messages and exit codes.
import ArgumentParser
import ClaimsCore
import FoundationEssentials
import Basics
#if canImport(Glibc)
    import Glibc
#endif

@main
struct Claims: ParsableCommand {
    static let version = ClaimsVersion.current

    /// Every command in the tree spells out its `commandName`: ArgumentParser otherwise derives
    /// each name from the type with `String(describing:)`, a runtime conformance search per
    /// command on every start (it was the largest item in a profile of `claims --version`).
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Keep a PostgreSQL record of who said what, where it was reported, and what later reporting did to it.",
        discussion: """
            With no database configured, claims starts its own private PostgreSQL
            (the embedded default) and migrates it on first use. To use another
            server, give a URL or use libpq's usual settings. The first of these wins:

              1. --database-url URL    postgresql://me@db.example/claims?sslmode=require
              2. CLAIMS_DATABASE_URL   the same, from the environment
              3. PGHOST, PGSERVICE or PGDATABASE set: libpq decides, as for psql
                 (PGPORT, PGUSER, .pgpass, service files, sslmode all apply)
              4. database_url in the configuration file (see claims config)
              5. the embedded cluster  --data-dir, CLAIMS_DATA_DIR, or
                                       ~/.local/share/claims (/var/lib/claims as root)

            `claims db url` prints the database in use and says why. The connection
            options below go before or after the command, as in psql and git:
            `claims -d newsroom list` and `claims list -d newsroom` are the same.

            On a terminal, lists, timelines and claims go through a pager:
            CLAIMS_PAGER, else the configuration file's pager, else PAGER, else
            `less -FRX`; --no-pager (before or after the command) or an empty
            CLAIMS_PAGER turns it off. Output to
            a pipe or a file is never paged, and never cut to the screen's width.

            Exit codes:
              0   success
              1   not found or rejected input (unknown speaker, bad date, ...)
              3   the database cannot be reached (server down, login refused)
              4   the schema and this binary disagree (a migration failed or
                  was edited, or the database is newer than this claims)
              5   the embedded PostgreSQL could not be set up or started
              6   a web page could not be fetched (DNS, refused, time-out, TLS,
                  an HTTP error, too large) or is not a web page (a PDF, an image)
              64  usage error: unknown flag, missing or malformed argument
              75  the database's disk is full: nothing was written; free space
                  and run the command again
              77  permission denied: your database role may not do this (see
                  claims_reader, claims_writer and claims_admin in Docs/roles.md)
            """,
        version: version,
        subcommands: [Add.self, List.self, Search.self, Show.self, Edit.self, History.self, Retract.self, Link.self, Drift.self, Timeline.self, Extract.self, Verify.self, Speaker.self, Source.self, Review.self, Export.self, Import.self, Migrate.self, Database.self, Config.self]
    )

    /// Shown in the top-level help only: every command that uses the database accepts them,
    /// before or after its name (`CommandLineArguments` moves them after it).
    @OptionGroup(title: "Connection options (before or after the command)") var connection: ConnectionOptions

    /// Runs the command; a failure prints one `claims: ...` message on stderr and exits with the
    /// code documented above. ArgumentParser's own errors (usage, --help) keep their handling.
    static func main() {
        if let position = firstArgumentNotInUTF8() {
            // Swift would silently replace the bad bytes with U+FFFD, and that would be stored.
            Terminal.printError("argument \(position) is not valid UTF-8: convert it (iconv -t UTF-8) and try again")
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            let arguments = try CommandLineArguments(Array(CommandLine.arguments.dropFirst()), root: Claims.self)
            invoked = arguments
            var command = try parseAsRoot(arguments.words)
            Pager.start(for: arguments.command, disabled: arguments.noPager)
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message)
            Glibc.exit(failure.exitCode.rawValue)
        } catch let error where CommandFailure.handles(error) {
            let failure = CommandFailure(error)
            Terminal.printError(failure.message)
            Glibc.exit(failure.exitCode.rawValue)
        } catch {
            // Help and --version exit 0 with their text; every other parsing error becomes one line.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            if code == .failure {
                // Not a usage error: something the program met (a file system error, say). One line.
                Terminal.printError(CommandFailure.describe(error))
                Glibc.exit(code.rawValue)
            }
            var text = message(for: error).trimmingWhitespace()
            if let unknown = UnknownOption(message: text, command: invoked?.command ?? Claims.self) { text = unknown.message }
            if let last = text.last, !".!?".contains(last) { text += "." }
            Terminal.printError(text + " See '\(helpCommand())'.")
            Glibc.exit(code.rawValue)
        }
    }

    /// The position (1 for the first after `claims`) of the first argument that is not valid UTF-8.
    static func firstArgumentNotInUTF8() -> Int? {
        for position in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[position] else { continue }
            if String(validatingCString: argument) == nil { return position }
        }
        return nil
    }

    /// The command line as read, once it is (nil while ArgumentParser has not been reached).
    nonisolated(unsafe) static var invoked: CommandLineArguments?
    /// The database this run uses, once the command has worked it out: error messages name it.
    nonisolated(unsafe) static var databaseInUse: DatabaseLocation?

    /// `claims SUBCOMMAND --help` for the subcommand named on the command line, for usage errors.
    static func helpCommand() -> String {
        (["claims"] + (invoked?.path ?? []) + ["--help"]).joined(separator: " ")
    }
}
