// `claims migrate status`: applied and pending migrations.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims.Migrate {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "List applied and pending migrations without changing anything.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        struct Entry: Encodable {
            var version: Int
            var name: String
            var file: String
            var state: String
            var checksum: String
            var appliedAt: Date?
            var durationMs: Double?
        }

        func run() throws {
            let database = try connection.open(migrate: false)
            let status = try database.schemaStatus()
            let entries = status.entries.map { entry in
                Entry(
                    version: entry.migration.version, name: entry.migration.name, file: entry.migration.fileName,
                    state: entry.isPending ? "pending" : "applied", checksum: entry.migration.checksum,
                    appliedAt: entry.appliedAt, durationMs: entry.durationMilliseconds)
            }
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(entries))
            case .table:
                let table = TableLayout(
                    headers: ["VERSION", "NAME", "STATE", "APPLIED AT (UTC)", "DURATION"],
                    rows: entries.map { entry in
                        [
                            String(entry.version), entry.name, entry.state,
                            entry.appliedAt.map(Timestamps.timestamp) ?? "",
                            entry.durationMs.map { "\(Int($0.rounded())) ms" } ?? "",
                        ]
                    })
                Terminal.print(table.render())
                let pending = status.pending.count
                Terminal.print(pending == 0 ? "\nUp to date." : "\n\(pending) pending: run `claims migrate` to apply.")
            }
        }
    }
}
