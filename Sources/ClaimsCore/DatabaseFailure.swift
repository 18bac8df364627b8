// Failures of the layers under the core (libpq, the server, the schema, the embedded cluster), as
// one value the command line can present without knowing those layers exist.
internal import EmbeddedPostgres
internal import Migrations
internal import Postgres

/// Why a command could not use its database, in words for people, with the kind of failure the
/// command line turns into an exit code.
///
/// The stores throw the errors of the layers below as they happen; `DatabaseFailure(error)`
/// recognises them at the edge, so that no caller of the core has to import those layers.
public struct DatabaseFailure: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached, or the connection was lost.
        case unreachable
        /// The server refuses writes: a standby, or default_transaction_read_only.
        case readOnly
        /// The database role lacks a privilege; the message names the table.
        case permissionDenied
        /// The server's disk is full: the statement failed and its transaction was rolled back.
        case diskFull
        /// The schema cannot be brought up to date: an edited or unknown migration, or one that failed.
        case schemaMismatch
        /// The embedded cluster could not be created, started or stopped.
        case embeddedCluster
        /// The connection settings (a URL or key=value string) cannot be parsed.
        case connectionSettings
        /// Anything else the server or the driver refused.
        case other
    }

    public let kind: Kind
    /// One or more lines for a person; the server's own words where it gave them.
    public let description: String
    /// For `.unreachable`: the session was open and the server dropped it (it stopped, crashed, or
    /// restarted itself), rather than never answering.
    public let connectionLost: Bool

    public init(kind: Kind, description: String, connectionLost: Bool = false) {
        self.kind = kind
        self.description = description
        self.connectionLost = connectionLost
    }

    /// The failure `error` stands for, or nil when it is not an error of the database layers.
    public init?(_ error: any Error) {
        switch error {
        case let error as DatabaseFailure:
            self = error
        case let error as PostgresError:
            self.init(error)
        case MigrationError.statementFailed(_, _, _, let underlying)
        where underlying.isUnreachable || underlying.sqlState == .readOnlySQLTransaction || underlying.sqlState == .diskFull:
            self.init(underlying)
        case let error as MigrationError:
            self.init(kind: .schemaMismatch, description: error.description)
        case let error as LocalClusterError:
            self.init(kind: .embeddedCluster, description: error.description)
        case let error as ConnectionStringError:
            self.init(kind: .connectionSettings, description: error.description)
        case let error as RowDecodingError:
            self.init(kind: .other, description: "\(error)")
        default:
            return nil
        }
    }

    private init(_ error: PostgresError) {
        if error.isUnreachable {
            self.init(kind: .unreachable, description: error.description, connectionLost: error.kind == .connectionLost)
        } else if error.sqlState == .readOnlySQLTransaction {
            self.init(kind: .readOnly, description: error.description)
        } else if error.sqlState == .insufficientPrivilege {
            self.init(kind: .permissionDenied, description: error.message)
        } else if error.sqlState == .diskFull {
            self.init(kind: .diskFull, description: error.message)
        } else {
            self.init(kind: .other, description: error.description)
        }
    }
}
