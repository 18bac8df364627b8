// `claims db list`: the databases of the embedded cluster.
import ArgumentParser
import ClaimsCore

extension Claims.Database {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the databases in the embedded cluster, and which one commands use.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        struct Entry: Encodable {
            var name: String
            var bytes: Int64
            var inUse: Bool
        }

        func run() throws {
            let embedded = try connection.embeddedDatabase()
            let inUse = try connection.location().source == .embedded ? embedded.databaseName : nil
            let entries = try embedded.databases().map { Entry(name: $0.name, bytes: $0.bytes, inUse: $0.name == inUse) }
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(entries))
            case .table:
                let rows = entries.map { [$0.name, Self.size($0.bytes), $0.inUse ? "yes" : ""] }
                Terminal.print(TableLayout(headers: ["name", "size", "in use"], rows: rows).render())
            }
        }

        /// Bytes as psql's \l+ prints them: "7453 kB", "12 MB".
        static func size(_ bytes: Int64) -> String {
            let units = ["bytes", "kB", "MB", "GB", "TB"]
            var value = bytes
            var unit = 0
            while value >= 10 * 1024, unit < units.count - 1 {
                value = (value + 512) / 1024
                unit += 1
            }
            return "\(value) \(units[unit])"
        }
    }
}
