// `claims db create NAME`: a new, empty database in the embedded cluster.
import ArgumentParser
import ClaimsCore

extension Claims.Database {
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Make another database in the embedded cluster, for a separate record.",
            discussion: """
                Only the default database, claims, is made by itself on first use; any other is
                made here, so that a mistyped -d or CLAIMS_DATABASE is refused instead of set up
                empty. Then use it with -d NAME (or CLAIMS_DATABASE=NAME); the first command
                migrates it.

                  claims db create newsroom
                  claims -d newsroom speaker add "Helen Marsh"
                """)

        @Argument(help: ArgumentHelp("The new database's name: lower-case letters, digits and _.", valueName: "name"))
        var name: String
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            var named = connection
            named.databaseName = name
            // As db reset: only the embedded cluster, never a server the settings point at.
            let location = try named.location()
            guard let embedded = location.embedded else { throw ClaimsError.notEmbedded(reason: location.reason) }
            try embedded.create()
            Terminal.print("Created database \(name) in \(embedded.directory.path); use it with: claims -d \(name) ...")
        }
    }
}
