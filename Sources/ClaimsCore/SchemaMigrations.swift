// The schema's migrations as the core reports them: what `claims migrate` and `migrate status` show.
import FoundationEssentials
internal import Migrations

/// One numbered SQL file this binary carries.
public struct SchemaMigration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let fileName: String
    /// SHA-256 of the file, hex.
    public let checksum: String

    init(_ migration: Migration) {
        version = migration.version
        name = migration.name
        fileName = migration.fileName
        checksum = migration.checksum
    }
}

/// What applying migrations reports as it goes.
public enum MigrationProgress: Sendable {
    /// Another process holds the migration lock; this one waits for it.
    case waitingForLock
    case applying(SchemaMigration)
    case applied(SchemaMigration, milliseconds: Double)

    init(_ event: MigrationEvent) {
        switch event {
        case .waitingForLock: self = .waitingForLock
        case .applying(let migration): self = .applying(SchemaMigration(migration))
        case .applied(let migration, let milliseconds): self = .applied(SchemaMigration(migration), milliseconds: milliseconds)
        }
    }
}

/// Where each migration this binary carries stands on one database.
public struct SchemaStatus: Sendable {
    public struct Entry: Sendable {
        public let migration: SchemaMigration
        /// When it was applied; nil while pending.
        public let appliedAt: Date?
        public let durationMilliseconds: Double?
        public var isPending: Bool { appliedAt == nil }
    }

    public let entries: [Entry]
    /// Versions recorded in the database that this binary does not carry.
    public let unknownVersions: [Int]
    public var pending: [SchemaMigration] { entries.filter(\.isPending).map(\.migration) }

    init(_ status: MigrationStatus) {
        entries = status.entries.map { entry in
            Entry(
                migration: SchemaMigration(entry.migration), appliedAt: entry.applied?.appliedAt,
                durationMilliseconds: entry.applied?.durationMilliseconds)
        }
        unknownVersions = status.unknownVersions
    }
}
