// The key a speaker name or outlet name is looked up by, as SQL.
internal import Postgres
import Basics

/// `claims_normalize(name)` (lower case, no accents, single spaces) as an expression to compare
/// with the stored `normalized` columns.
///
/// For ASCII text, which unaccent leaves as it is, the spaces are collapsed here and the server
/// only lowercases: the same key, without loading the unaccent dictionary into a new connection.
/// That load is about 1.5 ms of every `--speaker` on a fresh connection, a tenth of a list
/// command. `lower` runs on the server so that the database's collation decides case exactly as
/// it did when the stored key was made.
enum NameKey {
    static func sql(_ name: String) -> SQL {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return "claims_normalize(\(name))" }
        return "lower(\(collapsed(name)))"
    }

    /// The words of ASCII `name` one space apart: what `btrim(regexp_replace(…, '\s+', ' ', 'g'))`
    /// makes of it (`\s` being space, tab, line feed, vertical tab, form feed, carriage return).
    static func collapsed(_ name: String) -> String {
        name.utf8.split(whereSeparator: { [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) })
            .map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
    }
}
