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
            let directory = embedded.directory.path
            switch try embedded.start() {
            case .started: Terminal.print("Started PostgreSQL in \(directory).")
            case .alreadyRunning: Terminal.print("PostgreSQL is already running in \(directory).")
            case .recovered(let pid):
                Terminal.note(ConnectionOptions.recoveryNote(stalePID: pid))
                Terminal.print("Started PostgreSQL in \(directory).")
            }
        }
    }
}
