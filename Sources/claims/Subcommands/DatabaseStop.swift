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
            let directory = embedded.directory.path
            if case .crashed = embedded.state {
                // Nothing to stop; pg_ctl would only fail with a page of the log.
                Terminal.print("PostgreSQL is not running in \(directory): it stopped without shutting down, and the next command recovers it.")
                return
            }
            let stopped = try embedded.stop()
            Terminal.print(stopped ? "Stopped PostgreSQL in \(directory)." : "PostgreSQL is not running in \(directory).")
        }
    }
}
