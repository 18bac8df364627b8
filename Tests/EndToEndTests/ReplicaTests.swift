// Reads scale out on streaming replicas: claims follows libpq's multi-host URLs and
// target_session_attrs, and a write that lands on a standby is refused in plain words.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.serialized) struct ReplicaTests {
    @Test func readsRunOnTheStandbyAndWritesThereAreRefused() throws {
        let pair = try ReplicaPair()
        let database = "claims_replica"
        try Connection(ConnectionString(pair.primaryURL(database: "postgres"))).execute("CREATE DATABASE \(identifier: database)")
        let primary = pair.primaryURL(database: database)

        func claims(_ arguments: [String], url: String) throws -> CommandResult {
            try ClaimsBinary.run(arguments + ["--database-url", url])
        }
        func ok(_ arguments: [String], url: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let result = try claims(arguments, url: url)
            #expect(result.status == 0, "\(arguments): \(result)", sourceLocation: sourceLocation)
            return result.stdout
        }

        // Written on the primary.
        _ = try ok(["speaker", "add", "Dmitry Peskov"], url: primary)
        _ = try ok(
            ["source", "add", "https://wire.example/oil", "--title", "Oil", "--outlet", "Northern Wire", "--published", "2015-12-02"],
            url: primary)
        _ = try ok(["add", "The oil information will be used against terrorism.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"], url: primary)
        _ = try ok(["add", "Coordination against Daesh is needed.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"], url: primary)
        _ = try ok(["link", "2", "corroborates", "1"], url: primary)
        let expectedList = try ok(["list", "--speaker", "Peskov", "--format", "json"], url: primary)
        let expectedExport = try ok(["export", "jsonl"], url: primary)
        try pair.waitForReplay()

        // With the primary stopped, only the standby can answer: every read goes through it.
        try pair.stopPrimary()
        let readOnly = pair.multiHostURL(database: database, attributes: "prefer-standby")
        #expect(try ok(["list", "--speaker", "Peskov", "--format", "json"], url: readOnly) == expectedList)
        #expect(try ok(["timeline", "--speaker", "Peskov"], url: readOnly).contains("oil information"))
        let hits = try ok(["search", "terrorism oil", "--format", "json"], url: readOnly)
        #expect(hits.contains("\"id\":1") || hits.contains("\"id\" : 1"))
        #expect(try ok(["export", "jsonl"], url: readOnly) == expectedExport)
        #expect(try ok(["show", "1"], url: readOnly).contains("Dmitry Peskov"))

        // A write that reaches the standby is refused with a message that says why and what to do.
        let write = try claims(["add", "A third claim.", "--speaker", "Peskov", "--source", "1"], url: readOnly)
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"), "\(write)")
        #expect(write.stderr.contains("target_session_attrs=read-write"), "\(write)")
        #expect(write.stderr.split(separator: "\n").count == 1, "\(write)")
        let link = try claims(["link", "1", "contradicts", "2"], url: pair.standbyURL(database: database))
        #expect(link.status == 1 && link.stderr.contains("read-only"), "\(link)")

        // Nothing was written: the standby still has what the primary wrote, and a read-write
        // target refuses to settle for the standby at all.
        #expect(try ok(["export", "jsonl"], url: readOnly) == expectedExport)
        let needsPrimary = try claims(["add", "A fourth claim.", "--speaker", "Peskov", "--source", "1"],
                                      url: pair.multiHostURL(database: database, attributes: "read-write"))
        #expect(needsPrimary.status == 3, "\(needsPrimary)")
    }
}
