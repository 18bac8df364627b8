// `claims db stop`.
import ArgumentParser

extension Claims.Database {
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stop",
            abstract: "Stop the embedded cluster (running commands are rolled back).")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let embedded = try connection.embeddedDatabase()
            let stopped = try embedded.stop()
            let directory = embedded.directory.path
            Terminal.print(stopped ? "Stopped PostgreSQL in \(directory)." : "PostgreSQL is not running in \(directory).")
        }
    }
}
