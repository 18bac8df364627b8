// The streamed timeline: the same claims, statuses and JSON as the whole-list queries give.
import ClaimsCore
import Foundation
import Testing
import TestSupport

@testable import claims

@Suite struct TimelineStreamingTests {
    /// The timeline derives status from the links it has read; `claims_with_status` is the rule.
    @Test func derivedStatusAgreesWithTheStatusView() throws {
        let (room, oil, reply) = try ExchangeCommandTests().richRoom()
        let contested = try room.add(["Both ways.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let backer = try room.add(["It is true.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-02"])
        let denier = try room.add(["It is false.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-02"])
        _ = try room.ok(["link", String(backer), "corroborates", String(contested)])
        _ = try room.ok(["link", String(denier), "contradicts", String(contested)])
        _ = try room.ok(["link", String(denier), "responds-to", String(oil)])

        let store = try ClaimStore(room.database.connect())
        let fromView = Dictionary(uniqueKeysWithValues: try store.page(ClaimPageRequest()).map { ($0.id, $0) })
        let streamed = try store.timeline(TimelineRequest())
        #expect(streamed.count == fromView.count)
        #expect(Set(streamed.map(\.status)) == Set(ClaimStatus.allCases))
        #expect(fromView[reply]?.status == .corroborated && fromView[contested]?.status == .contested)
        for claim in streamed {
            // Everything but the order of links agrees with the whole-claim query.
            var expected = try #require(fromView[claim.id])
            expected.links = claim.links
            #expect(claim == expected, "claim \(claim.id)")
            #expect(Set(claim.links.map(\.id)) == Set(fromView[claim.id]?.links.map(\.id) ?? []))
        }
    }

    @Test func timelineJSONIsTheDocumentJSONEncoderWouldWrite() throws {
        let (room, _, _) = try ExchangeCommandTests().richRoom()
        let streamed = try room.ok(["timeline", "--format", "json"])
        struct Document: Encodable { var entries: [ClaimJSON] }
        let claims = try ClaimStore(room.database.connect()).timeline(TimelineRequest())
        #expect(streamed == (try JSONOutput.render(Document(entries: claims.map(ClaimJSON.init)))) + "\n")
        #expect(claims.contains { !$0.via.isEmpty })
        let file = try TemporaryDirectory.make(prefix: "claims-timeline").appending(path: "timeline.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try room.ok(["timeline", "--format", "json", "--output", file.path]).isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == streamed)
    }
}
