// `claims db status`: what the embedded cluster is, where, and whether it is the database in use.
import ArgumentParser
import ClaimsCore

extension Claims.Database {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Describe the embedded cluster: directory, state, server account, URL.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        struct Report: Encodable {
            var dataDirectory: String
            var directoryChosenBy: String
            var state: String
            var pid: Int32?
            /// The pid a dead server's postmaster.pid names, when it died without shutting down.
            var stalePid: Int32?
            var postgresVersion: String?
            var serverAccount: String
            var socketDirectory: String
            var url: String
            var inUse: Bool
            var inUseReason: String
        }

        func run() throws {
            let embedded = try connection.embeddedDatabase()
            let location = try connection.location()
            var pid: Int32?
            var stalePID: Int32?
            let state: String
            switch embedded.state {
            case .absent: state = "not created yet (the first command creates it)"
            case .stopped: state = "stopped"
            case .crashed(let pid):
                state = "stopped without shutting down (the next command recovers it)"
                stalePID = pid
            case .running(let runningPID):
                state = "running"
                pid = runningPID
            }
            let account = embedded.serverAccountName.map {
                "\($0) (claims runs as root, and PostgreSQL refuses to run as root)"
            } ?? "the current user"
            let report = Report(
                dataDirectory: embedded.directory.path, directoryChosenBy: embedded.directoryOrigin.words, state: state,
                pid: pid, stalePid: stalePID, postgresVersion: embedded.postgresVersion, serverAccount: account,
                socketDirectory: embedded.socketDirectory.path, url: embedded.url,
                inUse: location.source == .embedded,
                inUseReason: location.reason)
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(report))
            case .table:
                Terminal.print(
                    DetailRenderer(pairs: [
                        ("data directory", "\(report.dataDirectory) (\(report.directoryChosenBy))"),
                        ("state", pid.map { "\(state) (pid \($0))" } ?? stalePID.map { "\(state); " + ($0 > 0 ? "postmaster.pid names pid \($0), which is not the server" : "postmaster.pid names no pid") } ?? state),
                        ("PostgreSQL", report.postgresVersion ?? "-"),
                        ("server runs as", report.serverAccount),
                        ("socket directory", report.socketDirectory),
                        ("url", report.url),
                        ("in use", (report.inUse ? "yes: " : "no: ") + report.inUseReason),
                    ]).render())
            }
        }
    }
}
