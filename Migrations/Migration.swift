// One numbered SQL file: its version, name, text and checksum.
import Checksum
import FoundationEssentials

/// A migration: `NNNN_name.sql`, applied once, in version order, never edited afterwards.
public struct Migration: Sendable, Equatable {
    /// The number the file name starts with.
    public let version: Int
    /// The rest of the file name, e.g. `create_core_tables`.
    public let name: String
    public let fileName: String
    public let sql: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public let checksum: String

    /// - Throws: `MigrationError.invalidFile` for a name not shaped `0001_words.sql` or text that is not UTF-8.
    public init(fileName: String, contents: [UInt8]) throws {
        try self.init(fileName: fileName, contents: contents, checksum: SHA256Digest.hash(contents).description)
    }

    /// A file whose checksum is already known (computed when the binary was built).
    init(fileName: String, contents: [UInt8], checksum: String) throws {
        guard fileName.hasSuffix(".sql"), let underscore = fileName.firstIndex(of: "_"),
            let version = Int(fileName[..<underscore]), version > 0,
            fileName[..<underscore].allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            throw MigrationError.invalidFile(
                fileName: fileName, reason: "its name must be a number, an underscore and a name, e.g. 0002_add_topics.sql")
        }
        let nameStart = fileName.index(after: underscore)
        let nameEnd = fileName.index(fileName.endIndex, offsetBy: -4)
        guard nameStart < nameEnd else {
            throw MigrationError.invalidFile(fileName: fileName, reason: "it has no name after the number")
        }
        guard let sql = String(validating: contents, as: UTF8.self) else {
            throw MigrationError.invalidFile(fileName: fileName, reason: "it is not valid UTF-8")
        }
        self.version = version
        self.name = String(fileName[nameStart..<nameEnd])
        self.fileName = fileName
        self.sql = sql
        self.checksum = checksum
    }

    public init(fileName: String, sql: String) throws {
        try self.init(fileName: fileName, contents: Array(sql.utf8))
    }

    /// The migrations built into this binary from Migrations/*.sql, in version order.
    ///
    /// - Throws: `MigrationError.invalidFile` if a file is misnamed, or two files share a version.
    public static func embedded() throws -> [Migration] {
        let migrations = try MigrationFile.embedded.map { file in
            guard let contents = Data(base64Encoded: file.base64Contents) else {
                throw MigrationError.invalidFile(fileName: file.fileName, reason: "its embedded copy is damaged")
            }
            return try Migration(fileName: file.fileName, contents: Array(contents), checksum: file.checksum)
        }
        return try ordered(migrations)
    }

    /// Sorts by version and refuses duplicates.
    public static func ordered(_ migrations: [Migration]) throws -> [Migration] {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.version == later.version {
            throw MigrationError.invalidFile(
                fileName: later.fileName, reason: "it has the same version as \(earlier.fileName)")
        }
        return sorted
    }
}

/// A file as the build plugin embedded it (see Plugins/EmbedMigrationsPlugin).
struct MigrationFile {
    let fileName: String
    /// SHA-256 of the file's bytes, lowercase hex.
    let checksum: String
    let base64Contents: String
}
