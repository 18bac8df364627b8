// libxml2's HTML parser behind HTMLParser: the tree claims keeps, and the limits that bound it.
import Testing
@testable import HTML

@Suite struct ParserTests {
    @Test func textAndAttributesAreKeptInDocumentOrder() {
        let document = HTMLParser.parse(Array(#"<html lang="en"><body><p class="lead">Caf&eacute; &amp; bar<b>!</b></p><script>var x = "<p>";</script></body></html>"#.utf8))
        let paragraph = document.first("p")
        #expect(paragraph != nil)
        if let paragraph {
            #expect(document.attribute("class", of: paragraph) == "lead")
            #expect(document.textContent(paragraph) == "Café & bar!")
        }
        #expect(document.attribute("lang", of: document.first("html") ?? 0) == "en")
        #expect(document.first("script").map(document.textContent) == "", "script text is not kept")
    }
}

/// Input no real page is: each is read without a crash, within the parser's limits.
@Suite struct HostilePageTests {
    @Test func tenMegabytesOfOpenDivsStopAtTheDepthLimit() {
        let document = HTMLParser.parse(Array(String(repeating: "<div>", count: 2_000_000).utf8))
        #expect(document.truncated)
        #expect(document.nodeCount <= HTMLParser.Limits().maxDepth + 2)
    }

    @Test(arguments: ["span", "table", "b", "p", "li", "font"])
    func deepNestingOfAnyElementIsBounded(_ tag: String) {
        let document = HTMLParser.parse(Array((String(repeating: "<\(tag)>x", count: 200_000) + String(repeating: "</div>", count: 200_000)).utf8))
        #expect(document.nodeCount <= HTMLParser.Limits().maxNodes)
        #expect(document.nodeCount > 0)
    }

    @Test func tooManyNodesStopAtTheNodeLimit() {
        var limits = HTMLParser.Limits()
        limits.maxNodes = 10_000
        let document = HTMLParser.parse(Array(String(repeating: "<p>a</p>", count: 100_000).utf8), limits: limits)
        #expect(document.truncated)
        #expect(document.nodeCount <= 10_000)
    }

    @Test func nulBytesAndBrokenUTF8AreReadAround() {
        var bytes: [UInt8] = Array("<html><head><meta charset=utf-8></head><body><p>Caf".utf8)
        bytes += [0xC3, 0x00, 0xA9, 0xFF, 0xFE, 0x00]
        bytes += Array(" au lait</p><p>second</p></body></html>".utf8)
        let document = HTMLParser.parse(bytes)
        let texts = document.all("p").map(document.textContent)
        #expect(texts.count == 2)
        #expect(texts.last == "second")
        #expect(!texts.joined().contains("\u{0}"))
        #expect(document.encoding.reason == .declarationContradicted)
    }

    @Test func emptyAndBinaryInputGiveAnEmptyDocument() {
        #expect(HTMLParser.parse([]).first("p") == nil)
        let binary = (0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 24) }
        _ = HTMLParser.parse(binary)
    }
}
