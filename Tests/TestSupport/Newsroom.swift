// The shared end-to-end fixture: a fresh database and the built `claims` binary pointed at it.
import Foundation
import Postgres
import Testing

/// A fresh database and a way to run `claims` against it.
public final class Newsroom {
    public let database: TestDatabase

    /// A fresh database with the schema in place (any first command would migrate it).
    public init() throws {
        database = try TestDatabase()
        let migrated = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        guard migrated.status == 0 else { throw CommandError(result: migrated) }
    }

    /// `claims` pointed at a database made some other way (a restored backup, an old schema).
    public init(existing database: TestDatabase) {
        self.database = database
    }

    public struct CommandError: Error, CustomStringConvertible {
        public var result: CommandResult
        public var description: String { "claims migrate failed: \(result)" }
    }

    @discardableResult
    public func claims(_ arguments: [String]) throws -> CommandResult {
        try ClaimsBinary.run(arguments + ["--database-url", database.url])
    }

    /// Runs a command that must succeed and returns its stdout.
    public func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try claims(arguments)
        #expect(result.status == 0, "\(arguments): \(result)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs `claims add` and returns the new id.
    public func add(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let output = try ok(["add"] + arguments, sourceLocation: sourceLocation)
        return try #require(Int(output.trimmingCharacters(in: .whitespacesAndNewlines)), sourceLocation: sourceLocation)
    }

    /// Rows in every table a command could write to.
    public func counts() throws -> [String: Int] {
        let connection = try database.connect()
        var counts: [String: Int] = [:]
        for table in ["speakers", "speaker_names", "outlets", "sources", "source_pages", "claims", "claim_outlets", "claim_links", "source_relations"] {
            counts[table] = try connection.queryFirst("SELECT count(*) AS n FROM \(identifier: table)")?.decode("n", as: Int.self)
        }
        return counts
    }

    public func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(ok(arguments + ["--format", "json"]).utf8))
    }

    /// Peskov, Erdoğan, one article, two claims.
    public func seedStory() throws {
        _ = try ok(["speaker", "add", "Dmitry Peskov", "--alias", "Peskov", "--role", "Kremlin spokesman", "--affiliation", "Kremlin"])
        _ = try ok(["speaker", "add", "Recep Tayyip Erdoğan", "--role", "President of Turkey", "--wikidata", "Q39723"])
        _ = try ok([
            "source", "add", "https://news.example/2015/12/02/coordination", "--title", "Kremlin urges coordination",
            "--outlet", "Xinhua", "--published", "2015-12-02",
        ])
    }
}
