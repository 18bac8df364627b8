// The schema's migrations as the core reports them: what `claims migrate` and `migrate status` show.
import FoundationEssentials
internal import Migrations
internal import Postgres

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
    /// Claims whose status the migrations changed (a new rule of evidence), after all were applied.
    case statusesChanged([StatusChange])

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

/// A claim whose status a migration changed, and the evidence of the new one.
public struct StatusChange: Sendable, Equatable {
    public var claimID: Int
    public var from: ClaimStatus
    public var to: ClaimStatus
    /// The evidence the new status comes from.
    public var evidence: Evidence

    /// The claims with a status other than unverified, before migrating; nil when there is no
    /// schema yet. (A new rule of evidence only ever counts fewer links, so claims that were
    /// unverified stay so.)
    static func snapshot(_ connection: Connection) throws -> [Int: ClaimStatus]? {
        guard try connection.queryFirst("SELECT to_regclass('claims_with_status') IS NOT NULL AS present")?.decode("present") == true
        else { return nil }
        var statuses: [Int: ClaimStatus] = [:]
        for row in try connection.query("SELECT id, status FROM claims_with_status WHERE status <> 'unverified'") {
            statuses[try row.decode("id")] = ClaimStatus(rawValue: try row.decode("status")) ?? .unverified
        }
        return statuses
    }

    /// The claims of `before` whose status is now different.
    static func since(_ before: [Int: ClaimStatus]?, on connection: Connection) throws -> [StatusChange] {
        guard let before, !before.isEmpty else { return [] }
        var changed: [(id: Int, from: ClaimStatus, to: ClaimStatus)] = []
        for row in try connection.query(
            "SELECT id, status FROM claims_with_status WHERE id = ANY(\(Array(before.keys))) ORDER BY id")
        {
            let id: Int = try row.decode("id")
            let now = ClaimStatus(rawValue: try row.decode("status")) ?? .unverified
            if let was = before[id], was != now { changed.append((id, was, now)) }
        }
        let evidence = try ClaimStore(connection).evidence(statementIDs: Set(changed.map(\.id)))
        return changed.map { change in
            StatusChange(claimID: change.id, from: change.from, to: change.to, evidence: evidence[change.id]?.evidence ?? Evidence(lines: []))
        }
    }
}
