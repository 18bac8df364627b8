// The one line a command prints when it brought the schema up to date on the way.
import ClaimsCore

enum MigrationNotes {
    /// "claims: set up the database claims (12 migrations, 140 ms)" for a new database (its first
    /// migration applied), else "claims: applied migration 0013_x.sql (4 ms)" or "claims: applied
    /// 2 migrations, 0012_evidence.sql to 0013_x.sql (40 ms)"; nil when nothing was applied.
    static func summary(_ applied: [(SchemaMigration, Double)], database: String?) -> String? {
        guard let first = applied.first, let last = applied.last else { return nil }
        let milliseconds = Int(applied.map(\.1).reduce(0, +).rounded())
        let count = "\(applied.count) migration\(applied.count == 1 ? "" : "s")"
        if first.0.version == 1 {
            let name = database.map { " \($0)" } ?? ""
            return "claims: set up the database\(name) (\(count), \(milliseconds) ms)"
        }
        if applied.count == 1 { return "claims: applied migration \(first.0.fileName) (\(milliseconds) ms)" }
        return "claims: applied \(count), \(first.0.fileName) to \(last.0.fileName) (\(milliseconds) ms)"
    }
}
