// What a migration did to statuses, in lines for stderr: how many claims changed, and each one's
// new status explained (the first few; `claims show ID` explains any of them).
import ClaimsCore

enum StatusChangeNotes {
    static let shown = 10

    static func lines(_ changes: [StatusChange]) -> [String] {
        guard !changes.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for change in changes {
            let key = "\(change.from.rawValue) → \(change.to.rawValue)"
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        let summary = order.map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
        var lines = [
            "claims: \(changes.count) claim\(changes.count == 1 ? "" : "s") changed status under the rule of independent lines of evidence (\(summary)):"
        ]
        lines += changes.prefix(shown).map { "  #\($0.claimID) \($0.from.rawValue) → " + EvidenceText.reason($0.evidence, status: $0.to, dates: [:]) }
        if changes.count > shown { lines.append("  … and \(changes.count - shown) more; see claims show ID") }
        return lines
    }
}
