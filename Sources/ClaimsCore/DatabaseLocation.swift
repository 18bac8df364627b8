// Which database a command uses, and why: the one place that decides.
import FoundationEssentials
package import Postgres
import Basics

/// The database a command talks to, chosen in this order:
///
/// 1. `--database-url`
/// 2. `CLAIMS_DATABASE_URL`
/// 3. libpq's own environment, when `PGHOST`, `PGSERVICE` or `PGDATABASE` is set (psql users expect
///    these to work unchanged, together with PGPORT, PGUSER, .pgpass, service files and sslmode)
/// 4. the embedded cluster, a private PostgreSQL that claims starts by itself
public struct DatabaseLocation: Sendable {
    /// Which rule of the order chose the database; the command line puts it in words.
    public enum Source: Sendable, Equatable {
        /// The caller's explicit setting (the command line's `--database-url`).
        case flag
        /// `CLAIMS_DATABASE_URL`.
        case environmentVariable
        /// libpq's PG* variables.
        case libpqEnvironment
        case embedded
    }

    public let source: Source
    package let connectionString: ConnectionString
    /// Set when `source == .embedded`.
    public let embedded: EmbeddedDatabase?
    /// With `.libpqEnvironment`: which of PGHOST, PGSERVICE and PGDATABASE are set.
    public let libpqVariablesSet: [String]

    /// The chosen URL or connection string, safe to show (passwords masked).
    public var displayString: String {
        if let embedded { return embedded.url }
        if source == .libpqEnvironment {
            let variables = Self.libpqVariables.compactMap { key in
                ProcessInfo.processInfo.environment[key].map { "\(key)=\($0)" }
            }
            return variables.joined(separator: " ")
        }
        return connectionString.description
    }

    static let libpqVariables = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSSLMODE"]
    static let libpqTriggers = ["PGHOST", "PGSERVICE", "PGDATABASE"]

    /// Applies the order above.
    ///
    /// - Parameters:
    ///   - databaseURL: the `--database-url` flag.
    ///   - dataDirectory: the `--data-dir` flag, used only if the embedded cluster wins.
    /// - Throws: `ConnectionStringError` for a URL libpq cannot parse.
    public static func resolve(
        databaseURL: String?, dataDirectory: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DatabaseLocation {
        if let databaseURL {
            return DatabaseLocation(
                source: .flag, connectionString: try ConnectionString(databaseURL), embedded: nil, libpqVariablesSet: [])
        }
        if let url = environment["CLAIMS_DATABASE_URL"], !url.isEmpty {
            return DatabaseLocation(
                source: .environmentVariable, connectionString: try ConnectionString(url), embedded: nil, libpqVariablesSet: [])
        }
        let triggers = libpqTriggers.filter { !(environment[$0] ?? "").isEmpty }
        if !triggers.isEmpty {
            return DatabaseLocation(
                source: .libpqEnvironment, connectionString: .environment, embedded: nil, libpqVariablesSet: triggers)
        }
        let embedded = try EmbeddedDatabase(dataDirectory: dataDirectory, environment: environment)
        return DatabaseLocation(
            source: .embedded, connectionString: embedded.connectionString, embedded: embedded, libpqVariablesSet: [])
    }
}
