// The HTML timeline, rendered in headless Chromium: every claim present, one arrow per link, a
// screenshot saved under the build folder to look at.
import Foundation
import Postgres
import Testing
import TestSupport
import Basics

@Suite struct TimelineHTMLTests {
    /// .build/<triple>/debug/timeline-screenshots/
    static let screenshots = ClaimsBinary.url.deletingLastPathComponent().appending(path: "timeline-screenshots")

    struct Rendered {
        var dom: String
        func count(_ needle: String) -> Int { dom.components(separatedBy: needle).count - 1 }
    }

    func render(_ room: Newsroom, name: String) throws -> Rendered {
        let directory = try TemporaryDirectory.make(prefix: "claims-html")
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appending(path: "\(name).html")
        let written = try room.claims(["timeline", "--format", "html", "--output", page.path])
        #expect(written.status == 0, "\(written)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<script"))
        // Nothing is fetched: no stylesheet, image, script or font from elsewhere; url() only points inside the page.
        for fetcher in ["<link", "<img", "<script", "@import", "@font-face", "<iframe"] {
            #expect(!html.contains(fetcher), "\(fetcher) in a self-contained page")
        }
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") })
        try Chromium.screenshot(page, to: Self.screenshots.appending(path: "\(name).png"))
        try Chromium.screenshot(page, to: Self.screenshots.appending(path: "\(name)-dark.png"), height: 900, dark: true)
        #expect(FileManager.default.fileExists(atPath: Self.screenshots.appending(path: "\(name).png").path))
        return Rendered(dom: try Chromium.dumpDOM(page))
    }

    @Test func anEmptyTimeline() throws {
        let room = try Newsroom()
        let page = try render(room, name: "empty")
        #expect(page.dom.contains("<h1>Timeline</h1>"))
        #expect(page.dom.contains("No claims match."))
        #expect(page.count("<li class=\"claim ") == 0)
        #expect(page.count("<svg") == 0)
    }

    @Test func theDemoStory() throws {
        let room = try Newsroom()
        try room.seedStory()
        let oil = try room.add(["Our information will be used.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--paraphrase"])
        let coordination = try room.add(["Coordination is necessary.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let resign = try room.add(["He would resign if proven.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-11-30", "--paraphrase"])
        let briefing = try room.add(["We can show the routes.", "--speaker", "Ivan Sokolov", "--create-speaker", "--source", "https://wire.example/b", "--title", "Briefing", "--outlet", "Northern Wire", "--published", "2015-12-03", "--said", "2015-12-02"])
        _ = try room.ok(["link", String(briefing), "corroborates", String(oil)])
        _ = try room.ok(["link", String(briefing), "contradicts", String(resign)])
        _ = try room.ok(["source", "add", "https://gazette.example/a", "--title", "Analysis", "--outlet", "Gazette", "--published", "2015-12-09"])
        _ = try room.ok(["link", "--report", "https://gazette.example/a", "contradicts", String(oil)])
        let page = try render(room, name: "demo-story")
        #expect(page.count("<li class=\"claim ") == 4)
        #expect(page.count("class=\"claim-mark ") == 4)
        #expect(page.count("class=\"link-arrow ") == 3)
        #expect(page.count("class=\"link-arrow corroborates\"") == 1)
        #expect(page.count("class=\"link-arrow contradicts\"") == 2)
        for id in [oil, coordination, resign, briefing] {
            #expect(page.dom.contains("id=\"claim-\(id)\""))
        }
        #expect(page.dom.contains(">+1d<"))
        #expect(page.dom.contains(">Reports<"))
    }

    @Test func aThousandClaimsAreGrouped() throws {
        let room = try Newsroom()
        // A record written directly as JSONL: 12 speakers, 40 sources, 1,000 claims over two years,
        // 300 links from later claims to earlier ones.
        var lines: [String] = []
        for speaker in 1...12 {
            lines.append(#"{"type":"speaker","name":"Speaker \#(speaker)","aliases":[],"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        let start = try #require(CalendarDate(year: 2022, month: 1, day: 3))
        for source in 1...40 {
            let published = start.adding(days: source * 18 + 1)
            lines.append(#"{"type":"source","url":"https://s.example/\#(source)","title":"Report \#(source)","outlet":"Outlet \#(source % 5)","published":"\#(published)","created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        for claim in 1...1000 {
            let source = (claim - 1) * 40 / 1000 + 1
            let said = start.adding(days: source * 18 - (claim % 7))
            let speaker = claim % 12 + 1
            lines.append(#"{"type":"claim","key":\#(claim),"speaker":"Speaker \#(speaker)","source":"https://s.example/\#(source)","text":"Statement number \#(claim) about the budget.","kind":"paraphrase","said":"\#(said)","topics":[],"via":[],"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        for link in 1...300 {
            let later = 1000 - link + 1
            let earlier = later - 40 - link % 30
            lines.append(#"{"type":"link","claim":\#(earlier),"relation":"\#(link % 3 == 0 ? "contradicts" : "corroborates")","from_claim":\#(later),"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        let imported = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", room.database.url], input: lines.joined(separator: "\n"))
        #expect(imported.status == 0, "\(imported)")
        let page = try render(room, name: "thousand")
        #expect(page.count("<li class=\"claim ") == 1000)
        #expect(page.count("class=\"link-arrow ") == 300)
        #expect(page.count("class=\"claim-mark ") == 0)
        let groups = page.dom.components(separatedBy: "data-count=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(!groups.isEmpty && groups.count < 1000)
        #expect(groups.reduce(0, +) == 1000)
    }
}
