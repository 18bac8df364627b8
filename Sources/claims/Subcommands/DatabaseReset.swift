// `claims db reset --yes`: empty the embedded database.
import ArgumentParser
import ClaimsCore

extension Claims.Database {
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset",
            abstract: "Drop the embedded database and create it empty (asks for --yes).",
            discussion: """
                Only the embedded cluster's database is touched: claims refuses when
                --database-url, CLAIMS_DATABASE_URL or libpq's environment points elsewhere.
                -d NAME (or CLAIMS_DATABASE) picks a database other than 'claims' in the
                cluster, and reset makes it if it is not there yet; the demo uses claims_demo.
                """)

        @Flag(help: "Confirm that every claim in the database may be deleted.")
        var yes = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            guard yes else { throw ValidationError("This deletes every claim in the database; add --yes to confirm.") }
        }

        func run() throws {
            let location = try connection.location()
            guard let embedded = location.embedded else { throw ClaimsError.notEmbedded(reason: location.reason) }
            try embedded.reset()
            Terminal.print("Emptied database \(embedded.databaseName) in \(embedded.directory.path).")
        }
    }
}
