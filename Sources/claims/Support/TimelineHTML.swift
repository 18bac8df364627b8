// `claims timeline --format html`: one self-contained page (inline CSS and SVG, nothing fetched).
// The ordered list is the content; the picture is a summary of it, so the page reads without CSS.
import ClaimsCore
import FoundationEssentials
import Basics

enum TimelineHTML {
    /// What the page shows and why: its title (`--title`), and the selection it was made from, stated
    /// under the title so a reader knows what was left out.
    struct Context {
        var title: String?
        var speakers: [String] = []
        var topic: String?
        var since: SaidDate?
        var until: SaidDate?
        var includeRetracted = false
    }

    static func render(_ claims: [Claim], context: Context = Context()) -> String {
        let links = claims.flatMap { claim in
            claim.laterReporting.map { (claim, $0) }
        }
        let speakers = orderedSpeakers(claims)
        let dates = claims.compactMap(\.effectiveDate?.start) + links.compactMap(\.1.date?.start)
        let title = context.title ?? defaultTitle(claims, speakers: speakers, context: context, dates: dates)
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
            <p class="filter">\(escape(filterSentence(context)))</p>
            </header>

            """
        if !claims.isEmpty {
            html += legend(claims, hasReports: links.contains { $0.1.otherClaimID == nil })
            html += TimelineChart(claims: claims, links: links).render()
        }
        html += list(claims)
        html += "</body>\n</html>\n"
        return html
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Dmitry Peskov, Nov 2015 to Jun 2016", "Claims by 3 speakers on oil, Dec 2015": who, what
    /// about, and when, from the claims the page holds.
    static func defaultTitle(_ claims: [Claim], speakers: [String], context: Context, dates: [CalendarDate]) -> String {
        guard !claims.isEmpty else { return "Timeline" }
        var who: String
        switch speakers.count {
        case 1: who = speakers[0]
        case 2: who = "\(speakers[0]) and \(speakers[1])"
        default: who = "Claims by \(speakers.count) speakers"
        }
        if let topic = context.topic { who += " on \(topic)" }
        guard let first = dates.min(), let last = dates.max() else { return who }
        let month = { (date: CalendarDate) in "\(months[date.month - 1]) \(date.year)" }
        return month(first) == month(last) ? "\(who), \(month(first))" : "\(who), \(month(first)) to \(month(last))"
    }

    /// "Selected: speaker peskov; topic oil; from 2015-11 to 2016-06; retracted claims included." or
    /// "Every claim on record, retracted ones left out."
    static func filterSentence(_ context: Context) -> String {
        var parts: [String] = []
        if !context.speakers.isEmpty { parts.append((context.speakers.count == 1 ? "speaker " : "speakers ") + context.speakers.joined(separator: ", ")) }
        if let topic = context.topic { parts.append("topic \(topic)") }
        switch (context.since, context.until) {
        case (let since?, let until?): parts.append("said from \(since) to \(until)")
        case (let since?, nil): parts.append("said from \(since)")
        case (nil, let until?): parts.append("said up to \(until)")
        case (nil, nil): break
        }
        let retracted = context.includeRetracted ? "retracted claims included (struck through)" : "retracted claims left out"
        return parts.isEmpty ? "Every claim on record; \(retracted)." : "Selected: \(parts.joined(separator: "; ")); \(retracted)."
    }

    /// What the marks' colours and shapes mean, for the kinds this page has.
    static func legend(_ claims: [Claim], hasReports: Bool) -> String {
        func swatch(_ shape: String) -> String { "<svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">\(shape)</svg>" }
        let dot = "<circle cx=\"8\" cy=\"8\" r=\"6\"/>"
        var items: [String] = ClaimStatus.allCases.map { status in
            "<li class=\"key claim-mark status-\(status.rawValue) quote\">\(swatch(dot)) \(status.rawValue)</li>"
        }
        items.append("<li class=\"key claim-mark status-unverified quote\">\(swatch(dot)) a quote (the speaker's words)</li>")
        items.append("<li class=\"key claim-mark status-unverified paraphrase\">\(swatch(dot)) a paraphrase (the reporter's)</li>")
        if claims.contains(where: { $0.retraction != nil }) {
            items.append("<li class=\"key claim-mark status-unverified quote retracted\">\(swatch(dot)) retracted</li>")
        }
        if claims.count > TimelineChart.groupingThreshold {
            items.append("<li class=\"key claim-group\">\(swatch(dot)) several claims (larger: more)</li>")
        }
        if hasReports {
            items.append("<li class=\"key report-mark\">\(swatch("<path d=\"M8,2 L14,8 L8,14 L2,8 z\"/>")) a report</li>")
        }
        for relation in [Relation.corroborates, .contradicts, .respondsTo] {
            items.append("<li class=\"key link-arrow \(relation.rawValue)\">\(swatch("<path d=\"M1,8 L15,8\"/>")) \(relation.passive) later</li>")
        }
        return "<ul class=\"legend\" aria-label=\"What the marks mean\">\n" + items.joined(separator: "\n") + "\n</ul>\n"
    }

    static func summary(_ claims: [Claim], speakers: [String], links: Int, dates: [CalendarDate]) -> String {
        guard let first = dates.min(), let last = dates.max() else { return "No claims match." }
        return "\(counted(claims.count, "claim")) by \(counted(speakers.count, "speaker")), "
            + "\(first) to \(last); \(counted(links, "later report")) corroborate, contradict or respond to them."
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
        figure.chart { margin: 1rem 0 2rem; } figure.chart svg { width: 100%; height: auto; font-size: 12px; }
        ul.legend svg { width: 16px; height: 16px; flex: none; }
        svg text { fill: var(--muted); } .lanes line, .axis line { stroke: var(--lane); } .axis .grid { stroke-dasharray: 2 4; }
        .claim-mark circle, .claim-group circle { fill: var(--mark); stroke: var(--bg); stroke-width: 2; }
        .claim-mark.paraphrase circle { fill: var(--bg) !important; stroke: var(--mark); stroke-width: 3; }
        .claim-mark.paraphrase.status-corroborated circle { stroke: var(--ok); }
        .claim-mark.paraphrase.status-contradicted circle { stroke: var(--bad); }
        .claim-mark.paraphrase.status-contested circle { stroke: var(--contested); }
        .report-mark path { fill: var(--reply); stroke: var(--bg); stroke-width: 1.5; }
        .break rect { fill: var(--bg); stroke: none; } .break path { stroke: var(--muted); stroke-width: 1.5; fill: none; }
        .break-label { font-style: italic; font-size: 11px; }
        ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .5rem 0;
                    color: var(--muted); font-size: 14px; }
        ul.legend li { display: flex; align-items: center; gap: .35rem; }
        ul.legend .link-arrow path { stroke-width: 2.5; } .filter { color: var(--muted); margin-top: 0; }
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
        .claim-mark.retracted circle { fill-opacity: .25; stroke: var(--muted) !important; stroke-dasharray: 2 2; }
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
