// The evidence and appearances of a claim as text: the lines `claims show` prints under the claim,
// the report of `claims drift`, and what an import says of the appearances it attached.
import ClaimsCore
import Basics

enum EvidenceText {
    /// Why `claim` has its status, in one sentence: "corroborated: 2 independent lines corroborate
    /// (Reuters 2015-12-10; Northern Wire 2015-12-03); 3 more reports rest on RIA Novosti and count
    /// once; 1 reiteration by the speaker does not count".
    static func reason(_ claim: Claim) -> String {
        if let statement = claim.appearanceOf { return "\(claim.status.rawValue): the status of #\(statement), the statement this reports again" }
        var dates: [Int: SaidDate] = [:]
        for link in claim.links where link.direction == .incoming {
            if let date = link.date, dates[link.id] == nil { dates[link.id] = date }
        }
        return reason(claim.evidence, status: claim.status, dates: dates)
    }

    /// `status` explained by `evidence`; `dates` gives each link's date (its other side's), where known.
    static func reason(_ evidence: Evidence, status: ClaimStatus, dates: [Int: SaidDate]) -> String {
        guard !evidence.lines.isEmpty else { return "\(status.rawValue): nothing corroborates or contradicts it yet" }
        func earliest(_ linkIDs: [Int]) -> SaidDate? { linkIDs.compactMap { dates[$0] }.min { $0.start < $1.start } }
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var parts: [String] = []
        var repeats: [String] = []
        var uncounted: [String] = []
        for relation in [Relation.corroborates, .contradicts] {
            let groups = evidence.groups(relation)
            let counted = groups.filter(\.counted)
            let verb = relation == .corroborates ? "corroborate" : "contradict"
            let gerund = relation == .corroborates ? "corroborating" : "contradicting"
            if !counted.isEmpty {
                let named = counted.map { group in [group.root.name, earliest(group.linkIDs)?.description].compactMap { $0 }.joined(separator: " ") }
                parts.append(count(counted.count, "independent line \(verb)s", "independent lines \(verb)") + " (\(named.joined(separator: "; ")))")
            }
            for group in counted where group.linkIDs.count > 1 {
                let more = group.linkIDs.count - 1
                repeats.append(count(more, "more report rests", "more reports rest") + " on \(group.root.name) and \(more == 1 ? "counts" : "count") once")
            }
            for group in groups where !group.counted {
                let n = group.linkIDs.count
                if group.root.kind == .speaker {
                    uncounted.append(count(n, "reiteration", "reiterations") + " by the speaker \(n == 1 ? "does" : "do") not count")
                } else {
                    uncounted.append(
                        count(n, "report", "reports") + " \(gerund) it \(n == 1 ? "rests" : "rest") on \(group.root.name), "
                            + "as the claim itself does, and \(n == 1 ? "does" : "do") not count")
                }
            }
        }
        if parts.isEmpty { parts.append("no independent line of evidence") }
        return "\(status.rawValue): " + (parts + repeats + uncounted).joined(separator: "; ")
    }

    /// "Evidence:", the status explained in one sentence, then a line per group of links.
    static func lines(_ claim: Claim, width: Int) -> [String] {
        guard claim.appearanceOf != nil || !claim.evidence.lines.isEmpty else { return [] }
        var lines = ["", "Evidence:"]
        lines += TextLayout.wrap(reason(claim), width: max(20, width - 2)).map { "  " + $0 }
        for relation in [Relation.corroborates, .contradicts] {
            for group in claim.evidence.groups(relation) {
                let counted = !group.counted ? "not counted" : group.linkIDs.count > 1 ? "counts once" : "counts"
                let links = group.linkIDs.map { "#\($0)" }.joined(separator: ", ")
                let root = group.root.kind == .speaker ? "\(group.root.name), the speaker" : group.root.name
                lines.append("  \(LinkLine.marker(relation)) \(counted.padded(to: 12)) \(root) (link\(group.linkIDs.count == 1 ? "" : "s") \(links))")
            }
        }
        return lines
    }

    /// "Also reported as:" and each appearance, with how its words drifted from the earliest.
    static func appearanceLines(_ claim: Claim, width: Int) -> [String] {
        guard !claim.appearances.isEmpty else { return [] }
        var lines = ["", "Also reported as (\(claim.appearances.count)):"]
        if let own = claim.driftFromEarliest {
            lines += TextLayout.wrap("this claim, against the earliest report: \(summary(own))", width: max(20, width - 2)).map { "  " + $0 }
        }
        for appearance in claim.appearances {
            var head = "  = #\(appearance.claimID) \(appearance.effectiveDate.forPeople) \(appearance.source.outletForPeople)"
            if !appearance.via.isEmpty { head += ", via " + appearance.via.joined(separator: " → ") }
            if let language = appearance.source.language { head += " (\(language))" }
            if appearance.isTranslation { head += " · translation" }
            lines.append(head)
            let words = appearance.kind == .quote ? "“\(TextLayout.singleLine(appearance.text))”" : TextLayout.singleLine(appearance.text)
            lines += TextLayout.wrap(words, width: max(20, width - 6)).map { "      " + $0 }
            let drift = appearance.isEarliest ? "the earliest report: the others are measured against it" : summary(appearance.drift)
            lines += TextLayout.wrap(drift, width: max(20, width - 6)).map { "      " + $0 }
        }
        return lines
    }

    /// "similarity 0.82, drifted: changed “will be used” → “shall serve”; left out “all”; added “now”".
    static func summary(_ drift: QuoteDrift) -> String {
        var parts = ["similarity \(String(format2: drift.similarity))" + (drift.drifted ? ", drifted" : "")]
        if drift.isEmpty { return "the same words" }
        parts += drift.changed.map { "changed “\($0.from)” → “\($0.to)”" }
        if !drift.removed.isEmpty { parts.append("left out “\(drift.removed.joined(separator: " "))”") }
        if !drift.added.isEmpty { parts.append("added “\(drift.added.joined(separator: " "))”") }
        return parts.joined(separator: "; ")
    }
}

/// What an import says of the claims it attached to earlier ones as appearances.
enum AppearanceNotes {
    static func attached(_ count: Int) -> String {
        "\(count) of the claims \(count == 1 ? "repeats a claim" : "repeat claims") already recorded in another source (the same speaker "
            + "within a day, near-identical words) and \(count == 1 ? "was" : "were") recorded as another report: see claims show ID, claims drift ID."
    }
}

extension String {
    /// A figure between 0 and 1 to two places: "0.82".
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        self = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
