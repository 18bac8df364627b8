// The hand-written JSON writer must produce exactly what JSONEncoder produces for the same claims.
import ClaimsCore
import Foundation
import Testing
import TestSupport

@testable import claims

@Suite struct JSONWriterTests {
    @Test func claimsAreWrittenByteForByteAsJSONEncoderWritesThem() throws {
        let (room, oil, _) = try ExchangeCommandTests().richRoom()
        let odd = try room.add([
            "Quotes \"inside\", a back\\slash, a/slash,\ta tab,\nnew lines,\r controls, é, 😀 and \u{2028}.",
            "--speaker", "Peskov", "--source", "1", "--said", "2015", "--topic", "odd/topic",
        ])
        // claims refuses control characters, but another client may have stored them: escape them.
        try room.database.connect().execute("UPDATE claims SET text = text || \("\u{1}\u{1f}\u{7f}") WHERE id = \(odd)")
        _ = try room.ok(["review", "add", String(oil), "--rating", "Half true", "--rating-value", "0.5", "--best", "1", "--worst", "0", "--by", "Desk", "--url", "https://desk.example/half"])
        let claims = try ClaimStore(room.database.connect()).page(ClaimPageRequest())
        #expect(claims.count >= 5)
        #expect(claims.contains { !$0.links.isEmpty } && claims.contains { $0.anchor != nil } && claims.contains { !$0.reviews.isEmpty })

        for claim in claims {
            var writer = JSONWriter()
            ClaimJSON(claim).write(to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == (try JSONOutput.render(ClaimJSON(claim))), "claim \(claim.id)")
        }
        #expect(JSONWriter.render(claims.map(ClaimJSON.init)) == (try JSONOutput.render(claims.map(ClaimJSON.init))))
        var empty = JSONWriter()
        empty.array([ClaimJSON]())
        #expect(String(decoding: empty.bytes, as: UTF8.self) == (try JSONOutput.render([ClaimJSON]())))
    }
}
