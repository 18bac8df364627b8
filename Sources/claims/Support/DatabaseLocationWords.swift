// Why a database was chosen, in the words of the command line: its flags and variables.
import ClaimsCore
import FoundationEssentials

extension DatabaseLocation {
    /// Why this one won, in a sentence (`--verbose`, `claims db url`, `claims db status`).
    var reason: String {
        switch source {
        case .flag:
            return "given with --database-url"
        case .environmentVariable:
            return "CLAIMS_DATABASE_URL is set (and no --database-url was given)"
        case .libpqEnvironment:
            let set = libpqVariablesSet
            return "\(set.joined(separator: ", ")) \(set.count == 1 ? "is" : "are") set, so libpq's "
                + "environment decides, as for psql (no --database-url or CLAIMS_DATABASE_URL was given)"
        case .configFile:
            return "database_url is set in \(ConfigFile.location(environment: ProcessInfo.processInfo.environment)) (and no --database-url, "
                + "CLAIMS_DATABASE_URL, PGHOST, PGSERVICE or PGDATABASE overrides it)"
        case .embedded:
            let place = embedded.map { " in \($0.directory.path) (\($0.directoryOrigin.words))" } ?? ""
            let database = embedded.map { ", database '\($0.databaseName)' (\($0.databaseOrigin.words))" } ?? ""
            return "no --database-url, CLAIMS_DATABASE_URL, PGHOST, PGSERVICE or PGDATABASE is set, so claims "
                + "uses its own PostgreSQL\(place)\(database)"
        }
    }
}

extension DatabaseLocation.Source {
    /// The setting's name, as `claims db url --format json` reports it.
    var name: String {
        switch self {
        case .flag: "--database-url"
        case .environmentVariable: "CLAIMS_DATABASE_URL"
        case .libpqEnvironment: "libpq environment"
        case .configFile: "config file"
        case .embedded: "embedded"
        }
    }
}

extension EmbeddedDatabase.DirectoryOrigin {
    /// What chose the data directory.
    var words: String {
        switch self {
        case .flag: "--data-dir"
        case .environmentVariable: "CLAIMS_DATA_DIR"
        case .configFile: "data_dir in the configuration file"
        case .xdgDefault: "the default under XDG_DATA_HOME"
        case .rootDefault: "the default for root"
        case .homeDefault: "the default"
        }
    }
}

extension EmbeddedDatabase.DatabaseOrigin {
    /// What chose the database in the cluster.
    var words: String {
        switch self {
        case .flag: "-d"
        case .environmentVariable: "CLAIMS_DATABASE"
        case .configFile: "database in the configuration file"
        case .defaultName: "the default"
        }
    }
}
