// Why migrating stopped, in words a person can act on.
import Postgres

public enum MigrationError: Error, CustomStringConvertible, Sendable {
    /// A migration file that cannot be used (bad name, not UTF-8, duplicate version).
    case invalidFile(fileName: String, reason: String)
    /// A file whose bytes changed after it was applied to this database.
    case checksumMismatch(version: Int, fileName: String, applied: String, found: String)
    /// The database has versions this binary does not carry: it was migrated by a newer `claims`.
    case databaseIsNewer(unknownVersions: [Int], newestKnown: Int)
    /// A statement of a migration failed; the whole migration was rolled back.
    case statementFailed(fileName: String, line: Int, column: Int, error: PostgresError)

    public var description: String {
        switch self {
        case .invalidFile(let fileName, let reason):
            return "migration file \(fileName) cannot be used: \(reason)"
        case .checksumMismatch(let version, let fileName, let applied, let found):
            return """
                migration \(version) (\(fileName)) was changed after it was applied to this database
                  applied to database: sha256 \(applied)
                  found in this binary: sha256 \(found)
                An applied migration must never be edited: restore the original file and put the change in a new migration.
                """
        case .databaseIsNewer(let unknownVersions, let newestKnown):
            let list = unknownVersions.map(String.init).joined(separator: ", ")
            return "the database has migration(s) \(list), newer than this claims binary knows (up to \(newestKnown)): "
                + "it was migrated by a newer claims. Upgrade claims, or point it at another database."
        case .statementFailed(let fileName, let line, let column, let error):
            return "migration \(fileName) failed at line \(line), column \(column): \(error.description); "
                + "it was rolled back and nothing from it was applied"
        }
    }
}
