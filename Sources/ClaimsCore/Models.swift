// The values ClaimsCore hands out: speakers, outlets, sources, claims and the links between them.
import FoundationEssentials
internal import Postgres
import Basics

public struct Speaker: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var role: String?
    public var affiliation: String?
    /// A Wikidata item, "Q" and digits.
    public var wikidataID: String?
    public var aliases: [String]
}

/// A speaker with how many claims they have on record, for `speaker list`.
public struct SpeakerSummary: Sendable, Equatable {
    public var speaker: Speaker
    public var claimCount: Int
}

/// The article or report a claim appeared in.
///
/// Headline, outlet and publication date are known for every source added by hand; a web page
/// that does not state one is recorded without it (and `claims source edit` adds it later).
public struct Source: Sendable, Equatable {
    public var id: Int
    public var url: String
    public var title: String?
    public var outlet: String?
    public var published: CalendarDate?
    public var language: String?
    /// Whether the article's full text is stored.
    public var hasText: Bool
    public var modified: CalendarDate? = nil
    public var authors: [String] = []
}

public enum ClaimKind: String, Sendable, CaseIterable, Codable {
    /// The speaker's own words, verbatim.
    case quote
    /// The reporter's summary of what the speaker said.
    case paraphrase
}

/// Derived from the independent lines of evidence on a claim, never stored: the rule is the SQL
/// function `claims_status` (migration 0012), which every read uses.
public enum ClaimStatus: String, Sendable, CaseIterable, Codable {
    case unverified, corroborated, contradicted, contested
}

/// How a later claim or report relates to an earlier claim.
public enum Relation: String, Sendable, CaseIterable, Codable {
    case corroborates
    case contradicts
    case respondsTo = "responds-to"
    /// Another report of the same statement: an appearance, never corroboration.
    case sameStatement = "same-statement"

    /// Whether a link of this kind is evidence for or against the claim (and so bears on its status).
    public var isEvidence: Bool { self == .corroborates || self == .contradicts }
}

public enum LinkDirection: String, Sendable, Codable {
    /// A later claim or report about this claim.
    case incoming
    /// This claim about an earlier one.
    case outgoing
}

/// One link as seen from a claim: the other side and how it relates.
public struct ClaimLink: Sendable, Equatable {
    public var id: Int
    public var relation: Relation
    public var direction: LinkDirection
    /// The claim on the other side; nil when the other side is a report without a specific quote.
    public var otherClaimID: Int?
    /// Who said the other claim, if it is a claim.
    public var otherSpeaker: String?
    /// Where the other side appeared: the other claim's source, or the report itself.
    public var otherSource: Source
    /// When the other side was said or reported; nil when neither is known.
    public var date: SaidDate?
    public var note: String?
}

/// When and why a claim was withdrawn.
public struct Retraction: Sendable, Equatable {
    public var at: Date
    public var reason: String
}

/// A claim with everything a reader needs to judge it.
public struct Claim: Sendable, Equatable {
    public var id: Int
    public var speakerID: Int
    public var speakerName: String
    public var speakerRole: String?
    public var speakerWikidataID: String?
    public var text: String
    public var kind: ClaimKind
    /// When it was said, to the precision known; nil when unknown.
    public var said: SaidDate?
    /// The outlets it passed through before the source, in order.
    public var via: [String]
    public var source: Source
    public var topics: [String]
    public var status: ClaimStatus
    public var createdAt: Date
    public var links: [ClaimLink]
    /// Where a verbatim quote sits in the source's text; nil for paraphrases and text-less sources.
    public var anchor: QuoteAnchor?
    /// The article's own words the date was worked out from ("on Tuesday"), if any.
    public var saidPhrase: String?
    /// Set when the claim was withdrawn (`claims retract`): it stays on record, out of lists.
    public var retraction: Retraction? = nil
    /// Fact-checks of this claim.
    public var reviews: [Review] = []
    /// The statement this claim is another report of (`claims link B same-statement A`), if any.
    public var appearanceOf: Int? = nil
    /// The lines of evidence behind `status`; empty when nothing corroborates or contradicts it.
    public var evidence: Evidence = Evidence(lines: [])
    /// The other reports of this statement, earliest first (read by `claim(id:)` only).
    public var appearances: [Appearance] = []
    /// This claim's words against an appearance dated before it; nil when it is the earliest.
    public var driftFromEarliest: QuoteDrift? = nil

    /// What later reporting did to the claim: its incoming links, appearances aside.
    public var laterReporting: [ClaimLink] { links.filter { $0.direction == .incoming && $0.relation != .sameStatement } }

    /// The date the claim is placed at on a timeline: when said, else when reported.
    public var effectiveDate: SaidDate? { said ?? source.published.map(SaidDate.init(day:)) }
}
