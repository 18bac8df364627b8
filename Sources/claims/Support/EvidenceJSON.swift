// The JSON of a claim's evidence and appearances (Docs/json.md): the lines of evidence on each side
// with the root each rests on, and each other report of the statement with how its words drifted.
import ClaimsCore

struct EvidenceJSON: JSONShape {
    /// One side: corroborating or contradicting.
    struct Side: JSONShape {
        var groups: [EvidenceGroup]

        func members(_ json: inout some JSONMembers) {
            json.member("groups", groups.map(GroupJSON.init))
            json.member("lines", groups.count(where: \.counted))
            json.member("reports", groups.reduce(0) { $0 + $1.linkIDs.count })
        }
    }

    struct GroupJSON: JSONShape {
        var group: EvidenceGroup

        func members(_ json: inout some JSONMembers) {
            json.member("counted", group.counted)
            json.member("link_ids", group.linkIDs)
            json.member("root", RootJSON(root: group.root, sourceID: group.sourceID))
        }
    }

    struct RootJSON: JSONShape {
        var root: EvidenceRoot
        var sourceID: Int?

        func members(_ json: inout some JSONMembers) {
            json.member("id", root.id)
            json.member("kind", root.kind.rawValue)
            json.member("name", root.name)
            json.member("source_id", sourceID)
        }
    }

    var evidence: Evidence

    func members(_ json: inout some JSONMembers) {
        json.member("contradicting", Side(groups: evidence.contradicting))
        json.member("corroborating", Side(groups: evidence.corroborating))
    }
}

struct AppearanceJSON: JSONShape {
    var appearance: Appearance

    func members(_ json: inout some JSONMembers) {
        json.member("claim_id", appearance.claimID)
        json.member("drift", DriftJSON(drift: appearance.drift))
        json.member("earliest", appearance.isEarliest)
        json.member("kind", appearance.kind.rawValue)
        json.member("language", appearance.source.language)
        json.member("note", appearance.note)
        json.member("said", appearance.said?.description)
        json.member("similarity", DriftJSON.rounded(appearance.drift.similarity))
        json.member("source", SourceJSON(appearance.source))
        json.member("text", appearance.text)
        json.member("translation", appearance.isTranslation)
        json.member("via", appearance.via)
    }
}

struct DriftJSON: JSONShape {
    struct ChangeJSON: JSONShape {
        var change: WordChange

        func members(_ json: inout some JSONMembers) {
            json.member("from", change.from)
            json.member("to", change.to)
        }
    }

    var drift: QuoteDrift

    /// Similarity to three places: what a reader compares, and stable across platforms.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    func members(_ json: inout some JSONMembers) {
        json.member("added", drift.added)
        json.member("changed", drift.changed.map(ChangeJSON.init))
        json.member("drifted", drift.drifted)
        json.member("removed", drift.removed)
    }
}
