// `claims db start`.
import ArgumentParser

extension Claims.Database {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Create the embedded cluster if needed and start it.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let embedded = try connection.embeddedDatabase()
            let started = try embedded.start()
            let directory = embedded.directory.path
            Terminal.print(started ? "Started PostgreSQL in \(directory)." : "PostgreSQL is already running in \(directory).")
        }
    }
}
