// The picture at the top of the HTML timeline: a lane per speaker, a mark per claim (or per week of
// claims), a mark per report, arrows from later reporting, on an axis that cuts out empty stretches.
// Nothing in it overlaps: marks of a lane that would touch stack in rows, labels that would touch
// are left out (their words stay in the tooltips and the list).
import ClaimsCore
import Basics

struct TimelineChart {
    /// Above this many claims, marks are grouped per speaker by week (or by month over spans of
    /// more than six months).
    static let groupingThreshold = 150

    static let width = 1000.0
    static let left = 170.0
    static let right = 30.0
    static let top = 20.0
    /// The gap kept between two marks, and between a label and anything else.
    static let clearance = 3.0

    let claims: [Claim]
    let links: [(Claim, ClaimLink)]

    /// One thing drawn as a dot or a diamond: a claim, a group of claims, or a report.
    struct Mark {
        enum Kind { case claim(Claim), group([Claim], label: String), report(Source, label: String) }
        var kind: Kind
        var lane: String
        var x: Double
        var radius: Double
        var y = 0.0
    }

    /// A rectangle on the chart, for keeping labels clear of marks and of each other.
    struct Box {
        var minX, minY, maxX, maxY: Double
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX + clearance && other.minX < maxX + clearance && minY < other.maxY && other.minY < maxY
        }
        /// The box of `text` at 12 px drawn at (x, y) with this anchor (7 px a character is generous).
        static func text(_ text: String, x: Double, y: Double, anchor: String, size: Double = 12) -> Box {
            let width = Double(text.count) * size * 0.62
            let minX = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
            return Box(minX: minX, minY: y - size, maxX: minX + width, maxY: y + 3)
        }
    }

    func render() -> String {
        let speakers = TimelineHTML.orderedSpeakers(claims)
        let reports = reportMarks()
        let lanes = speakers + (reports.isEmpty ? [] : ["Reports"])
        let dated = claims.filter { $0.effectiveDate != nil }
        let undated = claims.filter { $0.effectiveDate == nil }
        let plotLeft = Self.left + 18
        let axis = TimelineAxis(
            dates: dated.compactMap(\.effectiveDate?.start) + links.compactMap(\.1.date?.start), left: plotLeft, right: Self.width - Self.right)

        // The marks, in their lanes, stacked in rows where they would touch.
        var marks = claimMarks(dated, axis: axis) + reports.map { mark in
            var mark = mark
            mark.x = axis.x(reportDate(mark) ?? CalendarDate.today)
            return mark
        }
        var laneTop: [String: Double] = [:]
        var laneHeight: [String: Double] = [:]
        var y = Self.top
        for lane in lanes {
            let (rows, rowHeight) = Self.stack(&marks, lane: lane)
            let height = max(36, Double(rows) * rowHeight + 12)
            laneTop[lane] = y
            laneHeight[lane] = height
            // The rows in the middle of the lane, the lane's label level with them.
            let inset = (height - Double(rows) * rowHeight) / 2
            for index in marks.indices where marks[index].lane == lane {
                marks[index].y = y + inset + marks[index].y * rowHeight + rowHeight / 2
            }
            y += height
        }
        let axisY = y + 8
        var height = axisY + 56
        // Undated claims have no place in time: a row of their own under the axis.
        var undatedMarks: [Mark] = []
        if !undated.isEmpty {
            let perRow = Int((Self.width - Self.right - plotLeft) / 16)
            for (index, claim) in undated.enumerated() {
                let row = index / max(1, perRow)
                undatedMarks.append(
                    Mark(kind: .claim(claim), lane: "Undated", x: plotLeft + 8 + Double(index % max(1, perRow)) * 16, radius: 6,
                         y: height + 10 + Double(row) * 16))
            }
            height = (undatedMarks.last?.y ?? height) + 20
        }

        var svg = """
            <figure class="chart">
            <svg viewBox="0 0 \(Int(Self.width)) \(Int(height.rounded(.up)))" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
            <title id="chart-title">Claims by speaker over time</title>
            <desc id="chart-desc">One lane per speaker; each mark is a claim, each diamond a report. Arrows run from later reporting to the claims it corroborates (green) or contradicts (red). Long stretches with nothing in them are cut short and marked on the axis.</desc>
            <defs>
            \(["corroborates", "contradicts", "responds-to"].map { relation in
                "<marker id=\"head-\(relation)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"head \(relation)\"/></marker>"
            }.joined(separator: "\n"))
            </defs>

            """
        var placed: [Box] = marks.map { Box(minX: $0.x - $0.radius, minY: $0.y - $0.radius, maxX: $0.x + $0.radius, maxY: $0.y + $0.radius) }
        svg += axisSVG(axis, top: Self.top, axisY: axisY, placed: &placed)
        svg += "<g class=\"lanes\">\n"
        for lane in lanes {
            let (laneY, laneSize) = (laneTop[lane] ?? 0, laneHeight[lane] ?? 36)
            let (middle, bottom) = (laneY + laneSize / 2, laneY + laneSize)
            svg += "<line x1=\"\(Self.f(Self.left))\" y1=\"\(Self.f(bottom))\" x2=\"\(Self.f(Self.width - Self.right))\" y2=\"\(Self.f(bottom))\"/>"
                + "<text x=\"\(Self.f(Self.left - 8))\" y=\"\(Self.f(middle + 4))\" text-anchor=\"end\">\(Self.escape(TextLayout.truncate(lane, to: 24)))</text>\n"
        }
        if let first = undatedMarks.first {
            svg += "<text x=\"\(Self.f(Self.left - 8))\" y=\"\(Self.f(first.y + 4))\" text-anchor=\"end\">Undated</text>\n"
        }
        svg += "</g>\n"
        svg += arrowsSVG(marks, placed: &placed)
        svg += "<g class=\"marks\">\n" + (marks + undatedMarks).map(Self.markSVG).joined() + "</g>\n</svg>\n"
        svg += "<figcaption>Each mark is a claim (hover or focus it for its words; select it to open its source), "
            + "each diamond a report. Arrows run from later reporting to the claim it corroborates (green), contradicts (red) "
            + "or responds to (grey).</figcaption>\n</figure>\n"
        return svg
    }

    // MARK: Marks

    func claimMarks(_ dated: [Claim], axis: TimelineAxis) -> [Mark] {
        guard dated.count > Self.groupingThreshold else {
            return dated.compactMap { claim in
                claim.effectiveDate.map { Mark(kind: .claim(claim), lane: claim.speakerName, x: axis.x($0.start), radius: 6) }
            }
        }
        let dates = dated.compactMap(\.effectiveDate?.start)
        let byMonth = (dates.max()?.daysSinceEpoch ?? 0) - (dates.min()?.daysSinceEpoch ?? 0) > 180
        var groups: [String: (speaker: String, start: CalendarDate, claims: [Claim])] = [:]
        for claim in dated {
            guard let date = claim.effectiveDate?.start else { continue }
            let start = byMonth ? (CalendarDate(year: date.year, month: date.month, day: 1) ?? date) : date.adding(days: -(date.isoWeekday - 1))
            groups["\(claim.speakerName)|\(start)", default: (claim.speakerName, start, [])].claims.append(claim)
        }
        return groups.values.sorted { ($0.start, $0.speaker) < ($1.start, $1.speaker) }.map { group in
            let count = group.claims.count
            let label = "\(counted(count, "claim")) by \(group.speaker) in the \(byMonth ? "month" : "week") of \(group.start)"
            // At its earliest claim's date, which the axis has room for (the week's or month's
            // first day may lie in a stretch cut out of it).
            let earliest = group.claims.compactMap(\.effectiveDate?.start).min() ?? group.start
            return Mark(kind: .group(group.claims, label: label), lane: group.speaker, x: axis.x(earliest), radius: min(14, 3 + 2 * Double(count).squareRoot()))
        }
    }

    /// One diamond per report (a source linked to claims without a claim of its own).
    func reportMarks() -> [Mark] {
        var seen: [Int: Int] = [:]
        var marks: [Mark] = []
        for (claim, link) in links where link.otherClaimID == nil {
            if let index = seen[link.otherSource.id] {
                if case .report(let source, let label) = marks[index].kind {
                    marks[index].kind = .report(source, label: label + ", #\(claim.id)")
                }
                continue
            }
            seen[link.otherSource.id] = marks.count
            let label = "\(link.date.forPeople) report: \(link.otherSource.titleForPeople), \(link.otherSource.outletForPeople); on claim #\(claim.id)"
            marks.append(Mark(kind: .report(link.otherSource, label: label), lane: "Reports", x: 0, radius: 6))
        }
        return marks
    }

    func reportDate(_ mark: Mark) -> CalendarDate? {
        guard case .report(let source, _) = mark.kind else { return nil }
        return links.first { $0.1.otherSource.id == source.id }?.1.date?.start
    }

    /// Stacks the marks of `lane` in rows (a mark's `y` becomes its row) so that no two touch: each
    /// takes the first row where it clears the one before it. Past eight rows a mark moves right
    /// just enough instead. Returns the rows used and their height.
    static func stack(_ marks: inout [Mark], lane: String) -> (Int, Double) {
        let indices = marks.indices.filter { marks[$0].lane == lane }.sorted { marks[$0].x < marks[$1].x }
        let largest = indices.map { marks[$0].radius }.max() ?? 6
        let rowHeight = 2 * largest + clearance
        var edges: [Double] = []
        for index in indices {
            let mark = marks[index]
            if let row = edges.firstIndex(where: { mark.x - mark.radius >= $0 + clearance }) {
                edges[row] = mark.x + mark.radius
                marks[index].y = Double(row)
            } else if edges.count < 8 {
                edges.append(mark.x + mark.radius)
                marks[index].y = Double(edges.count - 1)
            } else if let row = edges.indices.min(by: { edges[$0] < edges[$1] }) {
                marks[index].x = edges[row] + clearance + mark.radius
                edges[row] = marks[index].x + mark.radius
                marks[index].y = Double(row)
            }
        }
        return (max(1, edges.count), rowHeight)
    }

    static func markSVG(_ mark: Mark) -> String {
        switch mark.kind {
        case .claim(let claim):
            let label = "\(claim.effectiveDate.forPeople) \(claim.speakerName): \(TextLayout.truncate(claim.wordsForPeople, to: 140))"
            let classes = "claim-mark status-\(claim.status.rawValue) \(claim.kind.rawValue)" + (claim.retraction == nil ? "" : " retracted")
            let target = claim.source.webURL ?? "#claim-\(claim.id)"
            return "<a href=\"\(Self.escape(target))\" class=\"\(classes)\" aria-label=\"\(Self.escape(label))\">"
                + "<circle cx=\"\(Self.f(mark.x))\" cy=\"\(Self.f(mark.y))\" r=\"\(Self.f(mark.radius))\"/><title>\(Self.escape(label))</title></a>\n"
        case .group(let claims, let label):
            return "<a href=\"#claim-\(claims[0].id)\" class=\"claim-group\" aria-label=\"\(Self.escape(label))\" data-count=\"\(claims.count)\">"
                + "<circle cx=\"\(Self.f(mark.x))\" cy=\"\(Self.f(mark.y))\" r=\"\(Self.f(mark.radius))\"/><title>\(Self.escape(label))</title></a>\n"
        case .report(let source, let label):
            let r = mark.radius
            let path = "M\(Self.f(mark.x)),\(Self.f(mark.y - r)) L\(Self.f(mark.x + r)),\(Self.f(mark.y)) L\(Self.f(mark.x)),\(Self.f(mark.y + r)) L\(Self.f(mark.x - r)),\(Self.f(mark.y)) z"
            return "<a href=\"\(Self.escape(source.webURL ?? "#claims-heading"))\" class=\"report-mark\" aria-label=\"\(Self.escape(label))\">"
                + "<path d=\"\(path)\"/><title>\(Self.escape(label))</title></a>\n"
        }
    }

    // MARK: Axis and arrows

    /// The axis line, a grid line per tick, the cuts where empty stretches were left out, and as
    /// many labels as fit without touching (the cuts' first).
    func axisSVG(_ axis: TimelineAxis, top: Double, axisY: Double, placed: inout [Box]) -> String {
        var svg = "<g class=\"axis\"><line x1=\"\(Self.f(Self.left))\" y1=\"\(Self.f(axisY))\" x2=\"\(Self.f(Self.width - Self.right))\" y2=\"\(Self.f(axisY))\"/>\n"
        var labels: [Box] = []
        for cut in axis.breaks {
            svg += "<g class=\"break\"><rect x=\"\(Self.f(cut.x - 4))\" y=\"\(Self.f(top))\" width=\"8\" height=\"\(Self.f(axisY - top))\"/>"
                + "<path d=\"M\(Self.f(cut.x - 5)),\(Self.f(axisY + 5)) l4,-10 M\(Self.f(cut.x + 1)),\(Self.f(axisY + 5)) l4,-10\"/>"
            // Under the dates, on a second line where two cuts are close together.
            for y in [axisY + 34, axisY + 48] {
                let box = Box.text(cut.label + " later", x: cut.x, y: y, anchor: "middle", size: 11)
                guard !labels.contains(where: box.overlaps) else { continue }
                labels.append(box)
                svg += "<text x=\"\(Self.f(cut.x))\" y=\"\(Self.f(y))\" text-anchor=\"middle\" class=\"break-label\">\(cut.label) later</text>"
                break
            }
            svg += "<title>Nothing from \(cut.after) to \(cut.before): \(cut.label) cut out of the axis</title></g>\n"
        }
        for tick in axis.ticks() {
            let x = axis.x(tick.date)
            svg += "<line x1=\"\(Self.f(x))\" y1=\"\(Self.f(top))\" x2=\"\(Self.f(x))\" y2=\"\(Self.f(axisY + 4))\" class=\"grid\"/>"
            let box = Box.text(tick.label, x: x, y: axisY + 16, anchor: "middle")
            if !labels.contains(where: box.overlaps) {
                labels.append(box)
                svg += "<text x=\"\(Self.f(x))\" y=\"\(Self.f(axisY + 16))\" text-anchor=\"middle\">\(tick.label)</text>"
            }
            svg += "\n"
        }
        placed += labels
        return svg + "</g>\n"
    }

    /// An arrow from each later claim or report to the claim it bears on; its lag in days as a
    /// label where one fits clear of every mark and label (past 40 arrows, never: the tooltip and
    /// the list keep it).
    func arrowsSVG(_ marks: [Mark], placed: inout [Box]) -> String {
        var claimAt: [Int: Mark] = [:]
        var reportAt: [Int: Mark] = [:]
        for mark in marks {
            switch mark.kind {
            case .claim(let claim): claimAt[claim.id] = mark
            case .group(let claims, _): for claim in claims { claimAt[claim.id] = mark }
            case .report(let source, _): reportAt[source.id] = mark
            }
        }
        let labelled = links.count <= 40
        var svg = "<g class=\"links\(labelled ? "" : " dense")\">\n"
        for (claim, link) in links {
            guard let target = claimAt[claim.id] else { continue }
            guard let from = link.otherClaimID.flatMap({ claimAt[$0] }) ?? reportAt[link.otherSource.id] else { continue }
            let lag = claim.effectiveDate.days(until: link.date) ?? 0
            let midX = (from.x + target.x) / 2
            let bend = min(60, abs(from.x - target.x) / 3 + 14)
            let midY = max(6, min(from.y, target.y) - bend)
            let tipY = target.y - (from.y <= target.y ? target.radius : -target.radius)
            svg += "<g class=\"link-arrow \(link.relation.rawValue)\" data-claim=\"\(claim.id)\">"
                + "<path d=\"M\(Self.f(from.x)),\(Self.f(from.y)) Q\(Self.f(midX)),\(Self.f(midY)) \(Self.f(target.x)),\(Self.f(tipY))\" marker-end=\"url(#head-\(link.relation.rawValue))\"/>"
            if labelled {
                let text = "\(lag >= 0 ? "+" : "-")\(abs(lag))d"
                let labelY = (midY + min(from.y, target.y)) / 2 - 2
                for y in [labelY, labelY - 11, labelY + 11] {
                    let box = Box.text(text, x: midX, y: y, anchor: "middle", size: 10)
                    guard !placed.contains(where: box.overlaps), box.minY > 0 else { continue }
                    placed.append(box)
                    svg += "<text x=\"\(Self.f(midX))\" y=\"\(Self.f(y))\" text-anchor=\"middle\">\(text)</text>"
                    break
                }
            }
            svg += "<title>\(Self.escape(link.relation.rawValue)) claim #\(claim.id), \(counted(lag, "day")) later: \(Self.escape(link.otherSource.titleForPeople))</title></g>\n"
        }
        return svg + "</g>\n"
    }

    static func f(_ value: Double) -> String { TimelineHTML.f(value) }
    static func escape(_ text: String) -> String { TimelineHTML.escape(text) }
}
