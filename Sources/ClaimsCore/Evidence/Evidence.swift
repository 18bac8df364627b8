// The evidence behind a claim's status: each corroborating or contradicting link traced to the root
// it rests on (an agency, an outlet, a source, or the speaker himself), links with one root grouped
// into one line. Which root a link has and whether it counts is decided in SQL
// (claims_evidence_lines, migration 0012); this only groups it. The sentence that explains a status
// is the command line's (EvidenceText).
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

    /// The groups of one side, in the order their first links came. Links with one root can differ
    /// in whether they count (a copy of the claim's own source beside the same outlet's reporting of
    /// its own): those are two groups.
    public func groups(_ relation: Relation) -> [EvidenceGroup] {
        struct Key: Hashable {
            var root: EvidenceRoot
            var counted: Bool
        }
        var groups: [EvidenceGroup] = []
        var index: [Key: Int] = [:]
        for line in lines where line.relation == relation {
            let key = Key(root: line.root, counted: line.counted)
            if let at = index[key] {
                groups[at].linkIDs.append(line.linkID)
            } else {
                index[key] = groups.count
                groups.append(EvidenceGroup(root: line.root, sourceID: line.sourceID, linkIDs: [line.linkID], counted: line.counted))
            }
        }
        return groups
    }
}
