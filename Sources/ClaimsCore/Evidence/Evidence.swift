// The evidence behind a claim's status: each corroborating or contradicting link traced to the root
// it rests on (an agency, an outlet, a source, or the speaker himself), links with one root grouped
// into one line, and the sentence that explains the status. Which root a link has and whether it
// counts is decided in SQL (claims_evidence_lines, migration 0012); this only groups and words it.
import Basics

/// What a piece of evidence rests on, in the end.
public struct EvidenceRoot: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// An agency its text credits, the outlet it came through, or the outlet that published it.
        case outlet
        /// A source with no outlet recorded.
        case source
        /// The claim's own speaker: a reiteration.
        case speaker
    }

    public var kind: Kind
    /// The outlet's, source's or speaker's number.
    public var id: Int
    public var name: String
}

/// One corroborating or contradicting link and the root its evidence rests on.
public struct EvidenceLink: Sendable, Equatable {
    public var linkID: Int
    public var relation: Relation
    public var root: EvidenceRoot
    /// The source the root was found through (the copy, the crediting report, the outlet's story).
    public var sourceID: Int?
    /// False when the root is one the claim itself rests on, or its speaker.
    public var counted: Bool
}

/// The links on one side of a claim that rest on one root: a single line of evidence.
public struct EvidenceGroup: Sendable, Equatable {
    public var root: EvidenceRoot
    public var sourceID: Int?
    public var linkIDs: [Int]
    public var counted: Bool
}

/// The evidence on a claim, by side.
public struct Evidence: Sendable, Equatable {
    public var lines: [EvidenceLink]

    public init(lines: [EvidenceLink]) {
        self.lines = lines
    }

    public var corroborating: [EvidenceGroup] { groups(.corroborates) }
    public var contradicting: [EvidenceGroup] { groups(.contradicts) }

    /// The groups of one side, in the order their first links came.
    public func groups(_ relation: Relation) -> [EvidenceGroup] {
        var groups: [EvidenceGroup] = []
        var index: [EvidenceRoot: Int] = [:]
        for line in lines where line.relation == relation {
            if let at = index[line.root] {
                groups[at].linkIDs.append(line.linkID)
            } else {
                index[line.root] = groups.count
                groups.append(EvidenceGroup(root: line.root, sourceID: line.sourceID, linkIDs: [line.linkID], counted: line.counted))
            }
        }
        return groups
    }

    /// How many independent lines a side has.
    public func independentLines(_ relation: Relation) -> Int {
        groups(relation).count(where: \.counted)
    }

    /// The status in one sentence: "corroborated: 2 independent lines (Reuters 2015-12-10; ministry
    /// briefing 2015-12-02); 3 more reports rest on RIA Novosti and count once; 1 reiteration by the
    /// speaker does not count". `dates` gives each link's date (its other side's), where known.
    public func reason(for status: ClaimStatus, dates: [Int: SaidDate]) -> String {
        guard !lines.isEmpty else { return "\(status.rawValue): nothing corroborates or contradicts it yet" }
        var parts: [String] = []
        var repeats: [String] = []
        var uncounted: [String] = []
        for relation in [Relation.corroborates, .contradicts] {
            let groups = groups(relation)
            let counted = groups.filter(\.counted)
            let verb = relation == .corroborates ? "corroborate" : "contradict"
            let gerund = relation == .corroborates ? "corroborating" : "contradicting"
            if !counted.isEmpty {
                let named = counted.map { group in
                    [group.root.name, earliest(group.linkIDs, dates)?.description].compactMap { $0 }.joined(separator: " ")
                }
                let lines = counted.count == 1 ? "1 independent line \(verb)s" : "\(counted.count) independent lines \(verb)"
                parts.append("\(lines) (\(named.joined(separator: "; ")))")
            }
            for group in counted where group.linkIDs.count > 1 {
                let more = group.linkIDs.count - 1
                repeats.append("\(more) more \(more == 1 ? "report rests" : "reports rest") on \(group.root.name) and \(more == 1 ? "counts" : "count") once")
            }
            for group in groups where !group.counted {
                let n = group.linkIDs.count
                if group.root.kind == .speaker {
                    uncounted.append("\(n) \(n == 1 ? "reiteration" : "reiterations") by the speaker \(n == 1 ? "does" : "do") not count")
                } else {
                    uncounted.append(
                        "\(n) \(n == 1 ? "report" : "reports") \(gerund) it \(n == 1 ? "rests" : "rest") on \(group.root.name), as the claim itself does, and \(n == 1 ? "does" : "do") not count")
                }
            }
        }
        if parts.isEmpty { parts.append("no independent line of evidence") }
        return "\(status.rawValue): " + (parts + repeats + uncounted).joined(separator: "; ")
    }

    private func earliest(_ linkIDs: [Int], _ dates: [Int: SaidDate]) -> SaidDate? {
        linkIDs.compactMap { dates[$0] }.min { $0.start < $1.start }
    }
}

extension Claim {
    /// Why the claim has its status, in one sentence (see `Evidence.reason`).
    public var statusReason: String {
        if let statement = appearanceOf { return "\(status.rawValue): the status of #\(statement), the statement this reports again" }
        let dates = Dictionary(links.filter { $0.direction == .incoming }.compactMap { link in link.date.map { (link.id, $0) } }) { first, _ in first }
        return evidence.reason(for: status, dates: dates)
    }
}
