// What each read of claims asks for: a selection shared by all of them, and one request type per
// read (a page, a timeline, a search, an export) holding only the options that read honours.
import FoundationEssentials

/// Which claims a read selects, in the user's terms: names, references and dates.
///
/// `ClaimResolver` turns the names into ids before any SQL is built; every read honours every
/// field here.
public struct ClaimSelection: Sendable, Equatable {
    /// Names or aliases; a claim by any of them is selected.
    public var speakers: [String] = []
    public var topic: String?
    /// A source number or URL.
    public var source: String?
    /// Dated (said, else reported) on or after the start of this period.
    public var since: SaidDate?
    /// Dated on or before the end of this period.
    public var until: SaidDate?
    public var status: ClaimStatus?
    /// Only claims with at least one review.
    public var reviewedOnly = false
    /// Retracted claims too (they are left out unless asked for).
    public var includeRetracted = false
    /// Appearances too: claims that report again a statement recorded as another claim. They are
    /// left out unless asked for, or unless a source is selected (they are that source's claims).
    public var includeAppearances = false

    public init(
        speakers: [String] = [], topic: String? = nil, source: String? = nil, since: SaidDate? = nil,
        until: SaidDate? = nil, status: ClaimStatus? = nil, reviewedOnly: Bool = false, includeRetracted: Bool = false,
        includeAppearances: Bool = false
    ) {
        self.speakers = speakers
        self.topic = topic
        self.source = source
        self.since = since
        self.until = until
        self.status = status
        self.reviewedOnly = reviewedOnly
        self.includeRetracted = includeRetracted
        self.includeAppearances = includeAppearances
    }
}

/// The order of a page: by the date said, then the precision of that date, then the report date.
/// Undated claims come last either way.
public enum ClaimOrder: Sendable, Equatable {
    case newestFirst, oldestFirst
}

/// A page of claims, as `claims list`, `speaker show` and `source show` read them.
public struct ClaimPageRequest: Sendable, Equatable {
    public var selection: ClaimSelection
    public var order: ClaimOrder
    /// At most this many claims; nil for all of them.
    public var limit: Int?
    /// Keyset paging: only claims that come after this claim in `order`.
    public var after: Int?
    /// The record as it stood at this instant, rebuilt from the history (claims and links; names,
    /// sources and reviews as they are now).
    public var asOf: Date?

    public init(
        _ selection: ClaimSelection = ClaimSelection(), order: ClaimOrder = .newestFirst, limit: Int? = nil,
        after: Int? = nil, asOf: Date? = nil
    ) {
        self.selection = selection
        self.order = order
        self.limit = limit
        self.after = after
        self.asOf = asOf
    }
}

/// The claims of `claims timeline`, all of them, in the order things were said.
public struct TimelineRequest: Sendable, Equatable {
    public var selection: ClaimSelection

    public init(_ selection: ClaimSelection = ClaimSelection()) {
        self.selection = selection
    }
}

/// A full-text search, best matches first.
public struct SearchRequest: Sendable, Equatable {
    /// PostgreSQL's websearch syntax: words, "an exact phrase", -word, or.
    public var text: String
    public var selection: ClaimSelection
    /// At most this many hits.
    public var limit: Int

    /// How many hits a search shows unless told otherwise.
    public static let defaultLimit = 50

    public init(_ text: String, _ selection: ClaimSelection = ClaimSelection(), limit: Int = defaultLimit) {
        self.text = text
        self.selection = selection
        self.limit = limit
    }
}

/// Every selected claim, oldest statement first, for a file another tool reads.
public struct ClaimExportRequest: Sendable, Equatable {
    public var selection: ClaimSelection

    public init(_ selection: ClaimSelection = ClaimSelection()) {
        self.selection = selection
    }
}
