// `claims timeline --format html`: one self-contained page (inline CSS and SVG, nothing fetched).
// The ordered list is the content; the picture is a summary of it, so the page reads without CSS.
import ClaimsCore
import FoundationEssentials
import Basics

enum TimelineHTML {
    /// Above this many claims, marks are grouped per speaker by week (or by month over spans of more than six months).
    static let groupingThreshold = 150

    static func render(_ claims: [Claim], title: String = "Timeline") -> String {
        let links = claims.flatMap { claim in
            claim.laterReporting.map { (claim, $0) }
        }
        let speakers = orderedSpeakers(claims)
        let hasReports = links.contains { $0.1.otherClaimID == nil }
        let dates = claims.compactMap(\.effectiveDate?.start) + links.compactMap(\.1.date?.start)
        // Undated claims (from pages that give no date) are listed but have no place on the axis.
        let dated = claims.filter { $0.effectiveDate != nil }
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="claims \(Claims.version)">
            <title>\(escape(title))</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(title))</h1>
            <p class="summary">\(summary(claims, speakers: speakers, links: links.count, dates: dates))</p>
            </header>

            """
        if !dated.isEmpty, let first = dates.min(), let last = dates.max() {
            html += chart(dated, links: links, speakers: speakers, reportsLane: hasReports, first: first, last: last)
        }
        html += list(claims)
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: Summary and list

    static func summary(_ claims: [Claim], speakers: [String], links: Int, dates: [CalendarDate]) -> String {
        guard let first = dates.min(), let last = dates.max() else { return "No claims match." }
        return "\(claims.count) claim\(claims.count == 1 ? "" : "s") by \(speakers.count) speaker\(speakers.count == 1 ? "" : "s"), "
            + "\(first) to \(last); \(links) later report\(links == 1 ? "" : "s") corroborate, contradict or respond to them."
    }

    static func list(_ claims: [Claim]) -> String {
        var html = "<section aria-labelledby=\"claims-heading\">\n<h2 id=\"claims-heading\">Claims in date order</h2>\n<ol class=\"claims\">\n"
        for claim in claims {
            let retracted = claim.retraction != nil
            html += "<li class=\"claim status-\(claim.status.rawValue)\(retracted ? " retracted" : "")\" id=\"claim-\(claim.id)\">\n"
            if let date = claim.effectiveDate {
                html += "<p class=\"meta\"><time datetime=\"\(date.start)\">\(date)</time>"
                if claim.said == nil { html += " <span class=\"note\">(reported; date said unknown)</span>" }
            } else {
                html += "<p class=\"meta\"><span class=\"note\">undated</span>"
            }
            html += " · <strong>\(escape(claim.speakerName))</strong>"
            if let role = claim.speakerRole { html += ", \(escape(role))" }
            html += " · <span class=\"status\">\(claim.statusForPeople)</span> · #\(claim.id)</p>\n"
            // A quote in quotation marks, a paraphrase plain; a retracted claim's words struck through.
            let text = retracted ? "<del>\(escape(claim.wordsForPeople))</del>" : escape(claim.wordsForPeople)
            html += claim.kind == .quote ? "<blockquote>\(text)</blockquote>\n" : "<p class=\"paraphrase\">\(text)</p>\n"
            if let retraction = claim.retraction {
                html += "<p class=\"retraction\">Retracted: \(escape(retraction.reason))</p>\n"
            }
            if let review = claim.latestReview {
                let verdict = escape(review.verdictForPeople)
                html += "<p class=\"review\">Fact-checked: "
                    + (review.url.hasPrefix("http") ? "<a href=\"\(escape(review.url))\">\(verdict)</a>" : verdict) + "</p>\n"
            }
            var provenance = "\(link(claim.source)), \(escape(claim.source.outletForPeople)), \(claim.source.publishedForPeople)"
            if !claim.via.isEmpty { provenance += ", via " + claim.via.map(escape).joined(separator: " → ") }
            html += "<p class=\"source\">\(provenance)</p>\n"
            let incoming = claim.laterReporting
            if !incoming.isEmpty {
                html += "<ul class=\"followups\">\n"
                for link in incoming {
                    let lag = claim.effectiveDate.days(until: link.date).map { " (\(dayLag($0)))" } ?? ""
                    let who = link.otherClaimID.map { "<a href=\"#claim-\($0)\">claim #\($0)</a>" + (link.otherSpeaker.map { " by \(escape($0))" } ?? "") }
                        ?? "a report"
                    let when = link.date.map { "<time datetime=\"\($0.start)\">\($0)</time>" } ?? "undated"
                    html += "<li class=\"\(link.relation.rawValue)\"><span aria-hidden=\"true\">\(marker(link.relation))</span> "
                        + "\(when)\(lag) "
                        + "\(link.relation.passive) by \(who), \(Self.link(link.otherSource))"
                        + " (\(escape(link.otherSource.outletForPeople)))" + (link.note.map { " — \(escape($0))" } ?? "") + "</li>\n"
                }
                html += "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    /// The source's title, linked where it has a web address (a source recorded without one has a
    /// `urn:` that no browser can open).
    static func link(_ source: Source) -> String {
        source.webURL.map { "<a href=\"\(escape($0))\">\(escape(source.titleForPeople))</a>" } ?? escape(source.titleForPeople)
    }

    // MARK: The picture

    static let width = 1000.0
    static let left = 170.0
    static let right = 30.0
    static let top = 76.0
    static let laneHeight = 36.0

    static func chart(
        _ claims: [Claim], links: [(Claim, ClaimLink)], speakers: [String], reportsLane: Bool, first: CalendarDate, last: CalendarDate
    ) -> String {
        let lanes = speakers + (reportsLane ? ["Reports"] : [])
        let height = top + Double(lanes.count) * laneHeight + 30
        let span = max(1, last.daysSinceEpoch - first.daysSinceEpoch)
        // Marks keep clear of the lane labels on the left.
        let plotLeft = left + 18
        func x(_ date: CalendarDate) -> Double {
            plotLeft + (width - plotLeft - right) * Double(date.daysSinceEpoch - first.daysSinceEpoch) / Double(span)
        }
        func y(_ lane: String) -> Double {
            top + Double(lanes.firstIndex(of: lane) ?? 0) * laneHeight + laneHeight / 2
        }
        var svg = """
            <figure class="chart">
            <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
            <title id="chart-title">Claims by speaker over time</title>
            <desc id="chart-desc">One lane per speaker; each mark is a claim. Arrows run from later reports to the claims they corroborate (green) or contradict (red), labelled with the lag in days.</desc>
            <defs>
            <marker id="head-corroborates" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head corroborates"/></marker>
            <marker id="head-contradicts" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head contradicts"/></marker>
            <marker id="head-responds-to" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head responds-to"/></marker>
            </defs>

            """
        // Axis with ticks.
        let axisY = height - 22
        svg += "<g class=\"axis\"><line x1=\"\(f(left))\" y1=\"\(f(axisY))\" x2=\"\(f(width - right))\" y2=\"\(f(axisY))\"/>\n"
        let allTicks = ticks(first: first, last: last)
        // At most about ten labels, so they never overlap; every tick keeps its grid line.
        let labelEvery = max(1, (allTicks.count + 9) / 10)
        for (index, tick) in allTicks.enumerated() {
            svg += "<line x1=\"\(f(x(tick.date)))\" y1=\"\(f(top - 10))\" x2=\"\(f(x(tick.date)))\" y2=\"\(f(axisY + 4))\" class=\"grid\"/>"
            if index % labelEvery == 0 {
                svg += "<text x=\"\(f(x(tick.date)))\" y=\"\(f(axisY + 16))\" text-anchor=\"middle\">\(tick.label)</text>"
            }
            svg += "\n"
        }
        svg += "</g>\n<g class=\"lanes\">\n"
        for lane in lanes {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(lane)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(lane)))\"/>"
                + "<text x=\"\(f(left - 8))\" y=\"\(f(y(lane) + 4))\" text-anchor=\"end\">\(escape(TextLayout.truncate(lane, to: 24)))</text>\n"
        }
        // Past a few dozen arrows, their lag labels would bury the picture: the lag stays in each
        // arrow's tooltip and in the list.
        let labelArrows = links.count <= 40
        svg += "</g>\n<g class=\"links\(labelArrows ? "" : " dense")\">\n"
        // Claims of one speaker on one day step apart so that none hides another.
        var sameDay: [String: Int] = [:]
        var positions: [Int: (Double, Double)] = [:]
        for claim in claims {
            guard let date = claim.effectiveDate else { continue }
            let key = "\(claim.speakerName)|\(date.start)"
            let index = sameDay[key, default: 0]
            sameDay[key] = index + 1
            positions[claim.id] = (x(date.start) + Double(index) * 9, y(claim.speakerName))
        }
        for (claim, link) in links {
            guard let target = positions[claim.id] else { continue }
            let from: (Double, Double)
            if let other = link.otherClaimID, let position = positions[other] {
                from = position
            } else if let date = link.date {
                from = (x(date.start), y(link.otherClaimID == nil ? "Reports" : (link.otherSpeaker ?? "Reports")))
            } else {
                continue
            }
            let lag = claim.effectiveDate.days(until: link.date) ?? 0
            let midX = (from.0 + target.0) / 2
            let bend = min(60, abs(from.0 - target.0) / 3 + 14)
            let midY = max(12, min(from.1, target.1) - bend)
            svg += "<g class=\"link-arrow \(link.relation.rawValue)\" data-claim=\"\(claim.id)\">"
                + "<path d=\"M\(f(from.0)),\(f(from.1)) Q\(f(midX)),\(f(midY)) \(f(target.0)),\(f(target.1 - 6))\" marker-end=\"url(#head-\(link.relation.rawValue))\"/>"
                + (labelArrows ? "<text x=\"\(f(midX))\" y=\"\(f((midY + min(from.1, target.1)) / 2 - 2))\" text-anchor=\"middle\">+\(lag)d</text>" : "")
                + "<title>\(escape(link.relation.rawValue)) claim #\(claim.id), \(counted(lag, "day")) later: \(escape(link.otherSource.titleForPeople))</title></g>\n"
        }
        svg += "</g>\n<g class=\"marks\">\n"
        if claims.count > groupingThreshold {
            svg += groupedMarks(claims, first: first, last: last, x: x, y: y)
        } else {
            for claim in claims {
                guard let (cx, cy) = positions[claim.id] else { continue }
                let label = "\(claim.effectiveDate.forPeople) \(claim.speakerName): \(TextLayout.truncate(TextLayout.singleLine(claim.text), to: 140))"
                let retracted = claim.retraction == nil ? "" : " retracted"
                svg += "<a href=\"#claim-\(claim.id)\" class=\"claim-mark status-\(claim.status.rawValue)\(retracted)\" aria-label=\"\(escape(label))\">"
                    + "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"6\"/><title>\(escape(label))</title></a>\n"
            }
        }
        svg += "</g>\n</svg>\n<figcaption>Each mark is a claim (hover or focus it for its text; select it to jump to the list). "
            + "Green arrows: corroborated later; red: contradicted; grey: a response.</figcaption>\n</figure>\n"
        return svg
    }

    /// One mark per speaker and week (or month, over spans of more than six months), sized by count.
    static func groupedMarks(
        _ claims: [Claim], first: CalendarDate, last: CalendarDate, x: (CalendarDate) -> Double, y: (String) -> Double
    ) -> String {
        let byMonth = last.daysSinceEpoch - first.daysSinceEpoch > 180
        func bucket(_ date: CalendarDate) -> CalendarDate {
            byMonth ? (CalendarDate(year: date.year, month: date.month, day: 1) ?? date) : date.adding(days: -(date.isoWeekday - 1))
        }
        var groups: [String: (speaker: String, start: CalendarDate, claims: [Claim])] = [:]
        for claim in claims {
            guard let date = claim.effectiveDate else { continue }
            let start = bucket(date.start)
            let key = "\(claim.speakerName)|\(start)"
            groups[key, default: (claim.speakerName, start, [])].claims.append(claim)
        }
        var svg = ""
        for group in groups.values.sorted(by: { ($0.start, $0.speaker) < ($1.start, $1.speaker) }) {
            let count = group.claims.count
            let label = "\(count) claim\(count == 1 ? "" : "s") by \(group.speaker) in the \(byMonth ? "month" : "week") of \(group.start)"
            let radius = min(14, 3 + 2 * Double(count).squareRoot())
            svg += "<a href=\"#claim-\(group.claims[0].id)\" class=\"claim-group\" aria-label=\"\(escape(label))\" data-count=\"\(count)\">"
                + "<circle cx=\"\(f(x(group.start)))\" cy=\"\(f(y(group.speaker)))\" r=\"\(f(radius))\"/><title>\(escape(label))</title></a>\n"
        }
        return svg
    }

    static func ticks(first: CalendarDate, last: CalendarDate) -> [(date: CalendarDate, label: String)] {
        let span = last.daysSinceEpoch - first.daysSinceEpoch
        var ticks: [(CalendarDate, String)] = []
        if span > 730 {
            for year in first.year...last.year + 1 {
                if let date = CalendarDate(year: year, month: 1, day: 1), date >= first, date <= last { ticks.append((date, String(year))) }
            }
        } else if span > 45 {
            var year = first.year
            var month = first.month
            while let date = CalendarDate(year: year, month: month, day: 1), date <= last {
                if date >= first { ticks.append((date, String(date.description.prefix(7)))) }
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        } else {
            let step = max(1, span / 8)
            var date = first
            while date <= last {
                ticks.append((date, String(date.description.dropFirst(5))))
                date = date.adding(days: step)
            }
        }
        if ticks.isEmpty { ticks.append((first, first.description)) }
        return ticks
    }

    static func orderedSpeakers(_ claims: [Claim]) -> [String] {
        var seen: [String] = []
        for claim in claims where !seen.contains(claim.speakerName) { seen.append(claim.speakerName) }
        return seen
    }

    static func marker(_ relation: Relation) -> String { LinkLine.marker(relation) }

    static func f(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static func escape(_ text: String) -> String {
        text.replacingScalars("&", with: "&amp;").replacingScalars("<", with: "&lt;")
            .replacingScalars(">", with: "&gt;").replacingScalars("\"", with: "&quot;")
    }

    static let stylesheet = """

        :root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --lane: #d1d9e0; --mark: #0969da;
                --ok: #1a7f37; --bad: #cf222e; --reply: #8c959f; --contested: #9a6700; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --lane: #3d444d; --mark: #4493f8;
                  --ok: #3fb950; --bad: #f85149; --reply: #9198a1; --contested: #d29922; }
        }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg);
               max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem; }
        h1 { margin-bottom: .25rem; } .summary, .meta, .source, figcaption, .note { color: var(--muted); }
        figure.chart { margin: 1rem 0 2rem; } svg { width: 100%; height: auto; font-size: 12px; }
        svg text { fill: var(--muted); } .lanes line, .axis line { stroke: var(--lane); } .axis .grid { stroke-dasharray: 2 4; }
        .claim-mark circle, .claim-group circle { fill: var(--mark); stroke: var(--bg); stroke-width: 2; }
        .claim-group circle { fill-opacity: .55; }
        .claim-mark.status-corroborated circle { fill: var(--ok); } .claim-mark.status-contradicted circle { fill: var(--bad); }
        .claim-mark.status-contested circle { fill: var(--contested); }
        a.claim-mark:focus circle, a.claim-mark:hover circle, a.claim-group:focus circle { stroke: var(--fg); stroke-width: 3; }
        .link-arrow path { fill: none; stroke-width: 1.8; } .link-arrow text { font-size: 10px; }
        .link-arrow.corroborates path, .head.corroborates { stroke: var(--ok); fill: var(--ok); }
        .link-arrow.contradicts path, .head.contradicts { stroke: var(--bad); fill: var(--bad); }
        .link-arrow.responds-to path, .head.responds-to { stroke: var(--reply); fill: var(--reply); }
        .link-arrow path { fill: none !important; } .links.dense .link-arrow path { stroke-width: 1; opacity: .45; }
        ol.claims { padding-left: 1.5rem; } li.claim { margin-bottom: 1.25rem; }
        blockquote, .paraphrase { margin: .25rem 0; } blockquote { border-left: 3px solid var(--lane); padding-left: .75rem; }
        .paraphrase { font-style: italic; }
        li.retracted del { text-decoration-thickness: 2px; } li.retracted .status, .retraction { font-weight: bold; }
        .claim-mark.retracted circle { fill-opacity: .25; stroke: var(--muted); stroke-dasharray: 2 2; }
        ul.followups { list-style: none; padding-left: .5rem; margin: .25rem 0; }
        li.corroborates span { color: var(--ok); } li.contradicts span { color: var(--bad); }
        a { color: var(--mark); }
        @media print {
          :root { --fg: #000; --muted: #333; --bg: #fff; --lane: #999; }
          body { max-width: none; font-size: 11pt; } figure.chart { break-inside: avoid; }
          li.claim { break-inside: avoid; } a { color: inherit; text-decoration: none; }
          .source a::after { content: " <" attr(href) ">"; font-size: 9pt; }
        }

        """
}
