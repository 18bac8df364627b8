// Renderers for claims: take model values, return text, never query.
import ClaimsCore
import Basics

/// The `claims list` table: a row per claim; on a terminal it fits the width, the words wrapping
/// in their column (then the source's and the speaker's). A REVIEW column, the latest fact-check,
/// appears when a claim on the page has one.
enum ClaimTable {
    static let headers = ["ID", "SAID", "SPEAKER", "STATUS", "TEXT", "SOURCE"]

    /// - Parameter width: the terminal's (`TextLayout.tableWidth`); nil to lay out every character.
    static func render(_ claims: [Claim], width: Int?) -> String {
        let reviewed = claims.contains { !$0.reviews.isEmpty }
        var headers = headers
        if reviewed { headers.insert("REVIEW", at: 4) }
        let rows = claims.map { claim in
            var row = [
                String(claim.id), claim.said?.description ?? "-", claim.speakerName, claim.statusForPeople,
                claim.wordsForPeople, claim.source.outletForPeople,
            ]
            if reviewed { row.insert(claim.latestReview?.verdictForPeople ?? "", at: 4) }
            return row
        }
        let text = reviewed ? 5 : 4
        return TableLayout(headers: headers, rows: rows).render(fittingIn: width, shrinking: [text, text + 1, 2, 4])
    }
}

/// `claims list --format csv|markdown`: every field, never truncated. A retracted claim's status
/// is `retracted`; `review` is the latest fact-check.
enum ClaimRows {
    static let headers = [
        "id", "said", "speaker", "kind", "status", "text", "source_url", "source_title", "outlet", "published", "via", "topics", "review",
    ]

    static func fields(_ claim: Claim) -> [String] {
        [
            String(claim.id), claim.said?.description ?? "", claim.speakerName, claim.kind.rawValue,
            claim.retraction == nil ? claim.status.rawValue : "retracted",
            claim.text, claim.source.url, claim.source.title ?? "", claim.source.outlet ?? "", claim.source.published?.description ?? "",
            claim.via.joined(separator: "; "), claim.topics.joined(separator: "; "), claim.latestReview?.verdictForPeople ?? "",
        ]
    }

    static func csv(_ claims: [Claim]) -> String {
        CSV.render(headers: headers, rows: claims.map(fields))
    }

    static func markdown(_ claims: [Claim]) -> String {
        let reviewed = claims.contains { !$0.reviews.isEmpty }
        return Markdown.table(
            headers: ["ID", "Said", "Speaker", "Kind", "Status"] + (reviewed ? ["Review"] : []) + ["Text", "Source"],
            rows: claims.map { claim in
                [String(claim.id), claim.said?.description ?? "–", claim.speakerName, claim.kind.rawValue, claim.statusForPeople]
                    + (reviewed ? [claim.latestReview?.verdictForPeople ?? ""] : [])
                    + [claim.wordsForPeople, "\(claim.source.markdownTitle), \(claim.source.outletForPeople), \(claim.source.publishedForPeople)"]
            })
    }
}

/// `claims show ID`: one claim, its source, chain of outlets, status and every link.
enum ClaimDetail {
    static func render(_ claim: Claim, width: Int) -> String {
        var pairs = [
            ("claim", "#\(claim.id) (\(claim.kind.rawValue))"),
            ("speaker", claim.speakerName + (claim.speakerRole.map { ", \($0)" } ?? "")),
            ("said", (claim.said?.description ?? "unknown")
                + (claim.saidPhrase.map { " (“\($0)”, worked out from the source's date \(claim.source.publishedForPeople))" } ?? "")),
            ("source", "#\(claim.source.id) \(claim.source.titleForPeople)"),
            ("", "\(claim.source.outletForPeople), \(claim.source.publishedForPeople) · \(claim.source.url)"),
        ]
        if !claim.via.isEmpty { pairs.append(("via", claim.via.joined(separator: " → ") + " → " + claim.source.outletForPeople)) }
        if !claim.topics.isEmpty { pairs.append(("topics", claim.topics.joined(separator: ", "))) }
        pairs.append(("status", claim.status.rawValue))
        if let retraction = claim.retraction {
            pairs.append(("RETRACTED", "\(CalendarDate(utcDayOf: retraction.at)): \(retraction.reason) (see claims history \(claim.id))"))
        }
        if let anchor = claim.anchor {
            pairs.append(("in the text", "characters \(anchor.start)–\(anchor.end): …\(TextLayout.singleLine(anchor.prefix))⟦quote⟧\(TextLayout.singleLine(anchor.suffix))…"))
        }
        var lines = [DetailRenderer(pairs: pairs).render(), ""]
        lines += TextLayout.wrap(claim.text, width: max(20, width - 4)).map { "    " + $0 }
        if let statement = claim.appearanceOf {
            lines += ["", "Another report of claim #\(statement): see claims show \(statement)."]
        }
        let incoming = claim.laterReporting
        let outgoing = claim.links.filter { $0.direction == .outgoing && $0.relation != .sameStatement }
        if !incoming.isEmpty {
            lines += ["", "Later reporting:"]
            lines += incoming.map { "  " + LinkLine.render($0, from: claim) }
        }
        lines += EvidenceText.lines(claim, width: width)
        lines += EvidenceText.appearanceLines(claim, width: width)
        if !claim.reviews.isEmpty {
            lines += ["", "Fact-checks:"]
            lines += claim.reviews.map { review in
                let scale = review.ratingValue.map { value in
                    " (\(Self.number(value)) on \(Self.number(review.worstRating ?? 0))–\(Self.number(review.bestRating ?? 0)))"
                } ?? ""
                return "  \(review.rating)\(scale) by \(review.author)\(review.published.map { ", \($0)" } ?? "") · \(review.url)"
            }
        }
        if !outgoing.isEmpty {
            lines += ["", "This claim:"]
            lines += outgoing.map { link in
                "  \(LinkLine.marker(link.relation)) \(link.relation.rawValue) claim #\(link.otherClaimID ?? 0)"
                    + (link.otherSpeaker.map { " by \($0)" } ?? "") + " (\(link.date.forPeople))" + (link.note.map { ": \($0)" } ?? "")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension ClaimDetail {
    static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

enum LinkLine {
    static func marker(_ relation: Relation) -> String {
        switch relation {
        case .corroborates: return "✓"
        case .contradicts: return "✗"
        case .respondsTo: return "↳"
        case .sameStatement: return "="
        }
    }

    /// "✓ 2015-12-04 (+3 days) corroborates: claim #5 by X, Reuters “Title”"
    static func render(_ link: ClaimLink, from claim: Claim) -> String {
        let lag = claim.effectiveDate.days(until: link.date).map { " (\(dayLag($0)))" } ?? ""
        let who = link.otherClaimID.map { "claim #\($0)" + (link.otherSpeaker.map { " by \($0)" } ?? "") + ", " } ?? "report: "
        return "\(marker(link.relation)) \(link.date.forPeople)\(lag) "
            + "\(link.relation.rawValue): \(who)\(link.otherSource.outletForPeople) “\(link.otherSource.titleForPeople)”"
            + (link.note.map { " — \($0)" } ?? "")
    }
}

/// `claims timeline`: claims in date order, each followed by what later reporting did to it.
enum TimelineRenderer {
    /// "also reported by TASS, Interfax; the wording drifted in 1 (see claims drift 12)", or nil.
    static func alsoReported(_ claim: Claim) -> String? {
        guard !claim.appearances.isEmpty else { return nil }
        var outlets: [String] = []
        for appearance in claim.appearances where !outlets.contains(appearance.source.outletForPeople) {
            outlets.append(appearance.source.outletForPeople)
        }
        let drifted = claim.appearances.count(where: { $0.drift.drifted && !$0.isEarliest }) + (claim.driftFromEarliest?.drifted == true ? 1 : 0)
        return "also reported by \(outlets.joined(separator: ", "))"
            + (drifted > 0 ? "; the wording drifted in \(drifted) (see claims drift \(claim.id))" : "")
    }

    static func text(_ claims: [Claim], width: Int = 80) -> String {
        var blocks: [String] = []
        for claim in claims {
            let date = claim.effectiveDate.forPeople + (claim.said == nil && claim.effectiveDate != nil ? "*" : "")
            var who = claim.speakerName
            if let role = claim.speakerRole { who += ", \(role)" }
            // The speaker and role wrap under themselves, so the line never runs past the width
            // and the claim's number and status stay at its right edge.
            let tag = "#\(claim.id) \(claim.statusForPeople)"
            let whoLines = TextLayout.wrapCell(who, width: max(10, width - 12 - tag.count - 1))
            let header = "\(date.padded(to: 11)) \(whoLines[0])"
            let room = width - header.count - tag.count
            var lines = [room >= 1 ? header + String(repeating: " ", count: room) + tag : header + "  " + tag]
            lines += whoLines.dropFirst().map { String(repeating: " ", count: 12) + $0 }
            lines += TextLayout.wrap(claim.wordsForPeople, width: width - 12).map { String(repeating: " ", count: 12) + $0 }
            var provenance = "\(claim.source.outletForPeople), \(claim.source.publishedForPeople)"
            if !claim.via.isEmpty { provenance += ", via " + claim.via.joined(separator: " → ") }
            lines += TextLayout.wrap(provenance, width: width - 12).map { String(repeating: " ", count: 12) + $0 }
            if let review = claim.latestReview {
                lines += TextLayout.wrap("fact-checked: \(review.verdictForPeople)", width: width - 12).map { String(repeating: " ", count: 12) + $0 }
            }
            if let reported = TimelineRenderer.alsoReported(claim) {
                lines += TextLayout.wrap(reported, width: width - 12).map { String(repeating: " ", count: 12) + $0 }
            }
            for link in claim.laterReporting {
                let wrapped = TextLayout.wrap(LinkLine.render(link, from: claim), width: width - 14)
                lines += wrapped.enumerated().map { index, line in String(repeating: " ", count: index == 0 ? 12 : 14) + line }
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        if claims.contains(where: { $0.said == nil && $0.effectiveDate != nil }) {
            blocks.append("* date said unknown: placed at the date it was reported")
        }
        return blocks.isEmpty ? "No claims match." : blocks.joined(separator: "\n\n")
    }

    static func markdown(_ claims: [Claim]) -> String {
        var sections: [String] = []
        for claim in claims {
            var section = "### \(claim.effectiveDate.forPeople)\(claim.said == nil && claim.effectiveDate != nil ? " (reported)" : "") · \(claim.speakerName)"
            if let role = claim.speakerRole { section += ", \(role)" }
            section += " · #\(claim.id)"
            // A quote in quotation marks, a paraphrase plain: a blockquote would pass it off as words said.
            let words = Markdown.inline(claim.wordsForPeople)
            section += "\n\n" + (claim.retraction == nil ? words : "~~\(words)~~")
            var provenance = "\(claim.source.markdownTitle), \(claim.source.outletForPeople), \(claim.source.publishedForPeople)"
            if !claim.via.isEmpty { provenance += ", via " + claim.via.joined(separator: " → ") }
            section += "\n\n\(provenance). Status: **\(claim.statusForPeople)**."
            if let review = claim.latestReview { section += " Fact-checked: \(review.verdictForPeople)." }
            if let reported = alsoReported(claim) { section += " " + reported.prefix(1).uppercased() + reported.dropFirst() + "." }
            let incoming = claim.laterReporting
            if !incoming.isEmpty {
                section += "\n\n" + incoming.map { link in
                    let lag = claim.effectiveDate.days(until: link.date).map { " (\(dayLag($0)))" } ?? ""
                    let by = link.otherClaimID.map { id in "claim #\(id)" + (link.otherSpeaker.map { " by \($0)" } ?? "") } ?? "a report"
                    return "- \(LinkLine.marker(link.relation)) \(link.date.forPeople)\(lag): \(link.relation.passive) by \(by), "
                        + "\(link.otherSource.markdownTitle), \(link.otherSource.outletForPeople)"
                        + (link.note.map { " — \($0)" } ?? "")
                }.joined(separator: "\n")
            }
            sections.append(section)
        }
        return sections.isEmpty ? "_No claims match._" : sections.joined(separator: "\n\n")
    }
}

/// `claims source show`: the article's text with every anchored quote marked ⟦like this⟧#id.
enum MarkedArticle {
    static func render(_ text: String, claims: [Claim], width: Int) -> String {
        let anchored = claims.compactMap { claim in claim.anchor.map { (claim.id, $0) } }.sorted { $0.1.start < $1.1.start }
        var scalars = String.UnicodeScalarView()
        var cursor = 0
        let source = Array(text.unicodeScalars)
        for (id, anchor) in anchored where anchor.start >= cursor && anchor.end <= source.count {
            scalars.append(contentsOf: source[cursor..<anchor.start])
            scalars.append(contentsOf: "⟦".unicodeScalars)
            scalars.append(contentsOf: source[anchor.start..<anchor.end])
            scalars.append(contentsOf: "⟧#\(id)".unicodeScalars)
            cursor = anchor.end
        }
        scalars.append(contentsOf: source[min(cursor, source.count)...])
        return String(scalars).components(separatedBy: "\n\n").map { paragraph in
            TextLayout.wrap(paragraph, width: width).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
