// A quote whose place in its source's text no longer holds it.

public struct AnchorProblem: Sendable, Equatable {
    public var claimID: Int
    public var sourceID: Int
    public var stored: QuoteAnchor
    /// Where the quote is now found in the text, if anywhere.
    public var foundAt: QuoteAnchor?
}
