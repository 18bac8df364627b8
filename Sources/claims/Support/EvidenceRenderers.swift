// The evidence and appearances of a claim as text: the lines `claims show` prints under the claim,
// and the report of `claims drift`.
import ClaimsCore
import Basics

enum EvidenceText {
    /// "Evidence:", the status explained in one sentence, then a line per group of links.
    static func lines(_ claim: Claim, width: Int) -> [String] {
        guard claim.appearanceOf != nil || !claim.evidence.lines.isEmpty else { return [] }
        var lines = ["", "Evidence:"]
        lines += TextLayout.wrap(claim.statusReason, width: max(20, width - 2)).map { "  " + $0 }
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

extension String {
    /// A figure between 0 and 1 to two places: "0.82".
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        self = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
