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
        /// The pairs of marks or labels whose boxes intersect as Chromium lays the page out.
        var overlaps: [String] = []
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
        let measured = try overlaps(in: page)
        #expect(measured.pairs.isEmpty, "\(name): \(measured.pairs.prefix(10))")
        return Rendered(dom: try Chromium.dumpDOM(page), overlaps: measured.pairs)
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

    /// The boxes of the chart's marks and labels as Chromium lays them out, and every pair that
    /// intersects (by more than half a pixel): the page with a measuring script added, the DOM
    /// dumped once the script has run.
    func overlaps(in page: URL) throws -> (marks: Int, labels: Int, pairs: [String]) {
        let measured = page.deletingLastPathComponent().appending(path: "measured-" + page.lastPathComponent)
        let script = """
            <script>
            const boxes = (selector) => [...document.querySelectorAll(selector)].map((e) => [e, e.getBoundingClientRect()]);
            const marks = boxes('.chart .claim-mark circle, .chart .claim-group circle, .chart .report-mark path');
            const labels = boxes('.chart svg text');
            const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const name = (e) => (e.closest('a') ? e.closest('a').getAttribute('aria-label') : e.textContent);
            const pairs = [];
            const check = (kind, xs, ys, same) => xs.forEach(([e, a], i) => ys.forEach(([f, b], j) => {
                if ((!same || j > i) && hit(a, b)) pairs.push(kind + ': ' + name(e) + ' | ' + name(f));
            }));
            check('marks', marks, marks, true);
            check('labels', labels, labels, true);
            check('label on mark', labels, marks, false);
            document.body.setAttribute('data-marks', marks.length);
            document.body.setAttribute('data-labels', labels.length);
            document.body.setAttribute('data-overlaps', JSON.stringify(pairs));
            </script>
            """
        try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: script + "</body>")
            .write(to: measured, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(measured)
        func attribute(_ name: String) -> String {
            guard let start = dom.range(of: "\(name)=\"") else { return "" }
            return String(dom[start.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&quot;", with: "\"")
        }
        let pairs = (try? JSONSerialization.jsonObject(with: Data(attribute("data-overlaps").utf8)) as? [String]) ?? ["no measurement"]
        return (Int(attribute("data-marks")) ?? 0, Int(attribute("data-labels")) ?? 0, pairs)
    }

    /// A burst of days, then months of nothing, then more: the empty stretches are cut out of the
    /// axis and marked, the burst gets room, nothing overlaps, reports and undated claims have marks.
    @Test func aBurstAndLongQuietStretchesAreDrawnClearOfEachOther() throws {
        let room = try Newsroom()
        var lines: [String] = []
        for speaker in ["Dmitry Peskov", "Recep Tayyip Erdoğan", "Ivan Sokolov"] {
            lines.append(#"{"type":"speaker","name":"\#(speaker)","aliases":[],"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        let dates = ["2015-11-30", "2015-12-01", "2015-12-01", "2015-12-01", "2015-12-02", "2015-12-03", "2016-06-14", "2018-03-01"]
        for (index, date) in dates.enumerated() {
            lines.append(#"{"type":"source","url":"https://s.example/\#(index)","title":"Report \#(index)","outlet":"Wire","published":"\#(date)","created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        lines.append(#"{"type":"source","url":"https://s.example/undated","title":"A page with no date","outlet":"Blog","published":null,"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        lines.append(#"{"type":"source","url":"https://gazette.example/analysis","title":"Analysis","outlet":"Gazette","published":"2015-12-09","created_at":"2024-01-01T00:00:00.000000Z"}"#)
        let speakers = ["Dmitry Peskov", "Dmitry Peskov", "Recep Tayyip Erdoğan", "Dmitry Peskov", "Ivan Sokolov", "Dmitry Peskov", "Recep Tayyip Erdoğan", "Ivan Sokolov"]
        for (index, date) in dates.enumerated() {
            lines.append(#"{"type":"claim","key":\#(index + 1),"speaker":"\#(speakers[index])","source":"https://s.example/\#(index)","text":"Statement \#(index + 1).","kind":"\#(index % 2 == 0 ? "quote" : "paraphrase")","said":"\#(date)","topics":[],"via":[],"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        lines.append(#"{"type":"claim","key":9,"speaker":"Ivan Sokolov","source":"https://s.example/undated","text":"Undated words.","kind":"quote","said":null,"topics":[],"via":[],"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        for (later, earlier, relation) in [(5, 2, "corroborates"), (5, 3, "contradicts"), (6, 1, "corroborates"), (7, 4, "contradicts"), (8, 7, "corroborates")] {
            lines.append(#"{"type":"link","claim":\#(earlier),"relation":"\#(relation)","from_claim":\#(later),"created_at":"2024-01-01T00:00:00.000000Z"}"#)
        }
        lines.append(#"{"type":"link","claim":2,"relation":"contradicts","from_source":"https://gazette.example/analysis","created_at":"2024-01-01T00:00:00.000000Z"}"#)
        let imported = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", room.database.url], input: lines.joined(separator: "\n"))
        #expect(imported.status == 0, "\(imported)")

        let directory = try TemporaryDirectory.make(prefix: "claims-html-burst")
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appending(path: "burst.html")
        #expect(try room.claims(["timeline", "--format", "html", "--output", page.path]).status == 0)
        try Chromium.screenshot(page, to: Self.screenshots.appending(path: "burst.png"), height: 1000)
        try Chromium.screenshot(page, to: Self.screenshots.appending(path: "burst-dark.png"), height: 1000, dark: true)
        let html = try String(contentsOf: page, encoding: .utf8)
        // A real title and the selection stated; a legend for what the page holds.
        #expect(html.contains("<h1>Claims by 3 speakers, Nov 2015 to Mar 2018</h1>"), "\(html.prefix(1500))")
        #expect(html.contains("<p class=\"filter\">Every claim on record; retracted claims left out.</p>"))
        for key in ["unverified", "a quote (the speaker's words)", "a paraphrase (the reporter's)", "a report", "contradicted later"] {
            #expect(html.contains(key), "the legend lacks \(key)")
        }
        // Two cuts in the axis: six months, and 21.
        #expect(html.contains(">6 months later<") && html.contains(">21 months later<"), "\(html)")
        // Reports and undated claims are marks of their own; marks lead to their sources.
        #expect(html.contains("class=\"report-mark\"") && html.contains(">Undated<"))
        #expect(html.contains("<a href=\"https://s.example/1\" class=\"claim-mark status-contested paraphrase\""), "\(html)")
        let measured = try overlaps(in: page)
        #expect(measured.marks == 10, "9 claims and a report: \(measured)")
        #expect(measured.labels > 10)
        #expect(measured.pairs.isEmpty, "\(measured.pairs)")
        // The burst of four days spans more of the width than the three years after it.
        let marksStart = try #require(html.range(of: "<g class=\"marks\">")).upperBound
        let marks = String(html[marksStart...])
        let xs = marks.components(separatedBy: "<circle cx=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(xs.count == 9 && xs[5] - xs[0] > 2 * (xs[7] - xs[6]), "\(xs)")
    }

    /// Statements a quarter apart over seven years: each gap is a cut, and however many there are
    /// the cuts share at most half the width, so every mark stays on the page.
    @Test func manyCutsStayOnThePage() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Helen Marsh"])
        for quarter in 0..<28 {
            let date = "\(2016 + quarter / 4)-\(String(format: "%02d", quarter % 4 * 3 + 1))-15"
            _ = try room.add([
                "Statement \(quarter).", "--paraphrase", "--speaker", "Helen Marsh", "--source", "https://q.example/\(quarter)",
                "--title", "Quarter \(quarter)", "--outlet", "Wire", "--published", date, "--said", date,
            ])
        }
        let page = try render(room, name: "quarterly")
        let marks = page.dom[try #require(page.dom.range(of: "<g class=\"marks\">")).upperBound...]
        let xs = marks.components(separatedBy: "<circle cx=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(xs.count == 28 && xs.allSatisfy { $0 > 170 && $0 < 975 }, "\(xs)")
        #expect(page.count("<g class=\"break\">") == 27)
        #expect(page.overlaps.isEmpty)
    }
}
