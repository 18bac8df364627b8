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
/// 4. `database_url` in the configuration file
/// 5. the embedded cluster, a private PostgreSQL that claims starts by itself
public struct DatabaseLocation: Sendable {
    /// Which rule of the order chose the database; the command line puts it in words.
    public enum Source: Sendable, Equatable {
        /// The caller's explicit setting (the command line's `--database-url`).
        case flag
        /// `CLAIMS_DATABASE_URL`.
        case environmentVariable
        /// libpq's PG* variables.
        case libpqEnvironment
        /// `database_url` in the configuration file.
        case configFile
        case embedded
    }

    /// Defaults a person set once in the configuration file, each below its flag and its
    /// environment variable.
    public struct Configured: Sendable, Equatable {
        public var databaseURL: String?
        public var databaseName: String?
        public var dataDirectory: String?

        public init(databaseURL: String? = nil, databaseName: String? = nil, dataDirectory: String? = nil) {
            self.databaseURL = databaseURL
            self.databaseName = databaseName
            self.dataDirectory = dataDirectory
        }
    }

    public let source: Source
    package let connectionString: ConnectionString
    /// Set when `source == .embedded`.
    public let embedded: EmbeddedDatabase?
    /// With `.libpqEnvironment`: which of PGHOST, PGSERVICE and PGDATABASE are set.
    public let libpqVariablesSet: [String]

    /// The database's name, when the settings give one (nil when libpq's environment decides).
    public var databaseName: String? {
        embedded?.databaseName ?? connectionString.value(for: "dbname")
    }

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

    /// The libpq variables that chose the server, with their values, as a clause: "PGDATABASE=news
    /// is set, so libpq chose the server and database; unset it to use claims' own".
    var libpqVariablesNamed: String {
        let environment = ProcessInfo.processInfo.environment
        let set = libpqVariablesSet.map { "\($0)=\(environment[$0] ?? "")" }
        let verb = set.count == 1 ? "is" : "are"
        let pronoun = set.count == 1 ? "it" : "them"
        return "\(set.joined(separator: " and ")) \(verb) set, so libpq chose the server and database; "
            + "unset \(pronoun) to use claims' own"
    }

    static let libpqVariables = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSSLMODE"]
    static let libpqTriggers = ["PGHOST", "PGSERVICE", "PGDATABASE"]

    /// Applies the order above.
    ///
    /// - Parameters:
    ///   - databaseURL: the `--database-url` flag.
    ///   - dataDirectory: the `--data-dir` flag, used only if the embedded cluster wins.
    ///   - databaseName: the `-d` flag: the database on whichever server wins (psql's `-d NAME`).
    /// - Throws: `ConnectionStringError` for a URL libpq cannot parse.
    public static func resolve(
        databaseURL: String?, dataDirectory: String?, databaseName: String? = nil, configured: Configured = Configured(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DatabaseLocation {
        let databaseName = databaseName.flatMap { $0.isEmpty ? nil : $0 }
        func named(_ connection: ConnectionString) -> ConnectionString {
            databaseName.map { connection.setting("dbname", to: $0) } ?? connection
        }
        if let databaseURL {
            return DatabaseLocation(
                source: .flag, connectionString: named(try ConnectionString(databaseURL)), embedded: nil,
                libpqVariablesSet: [])
        }
        if let url = environment["CLAIMS_DATABASE_URL"], !url.isEmpty {
            return DatabaseLocation(
                source: .environmentVariable, connectionString: named(try ConnectionString(url)), embedded: nil,
                libpqVariablesSet: [])
        }
        let triggers = libpqTriggers.filter { !(environment[$0] ?? "").isEmpty }
        if !triggers.isEmpty {
            return DatabaseLocation(
                source: .libpqEnvironment, connectionString: named(.environment), embedded: nil, libpqVariablesSet: triggers)
        }
        if let url = configured.databaseURL, !url.isEmpty {
            return DatabaseLocation(
                source: .configFile, connectionString: named(try ConnectionString(url)), embedded: nil, libpqVariablesSet: [])
        }
        let embedded = try EmbeddedDatabase(
            dataDirectory: dataDirectory, databaseName: databaseName, configured: configured, environment: environment)
        return DatabaseLocation(
            source: .embedded, connectionString: embedded.connectionString, embedded: embedded, libpqVariablesSet: [])
    }
}
