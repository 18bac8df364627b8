// Fact-check verdicts (schema.org ClaimReview) on claims.
package import Postgres
import Basics

public struct Review: Sendable, Equatable {
    public var id: Int
    public var claimID: Int
    /// The verdict in words: "False", "Mostly true", "Unproven".
    public var rating: String
    public var ratingValue: Double?
    public var bestRating: Double?
    public var worstRating: Double?
    /// The organisation that published the review.
    public var author: String
    public var url: String
    public var published: CalendarDate?
}

/// What `claims review add` asks for.
public struct NewReview: Sendable {
    public var claimID: Int
    public var rating: String
    public var ratingValue: Double?
    public var bestRating: Double?
    public var worstRating: Double?
    public var author: String
    public var url: String
    public var published: CalendarDate?

    public init(
        claimID: Int, rating: String, ratingValue: Double? = nil, bestRating: Double? = nil, worstRating: Double? = nil,
        author: String, url: String, published: CalendarDate? = nil
    ) {
        self.claimID = claimID
        self.rating = rating
        self.ratingValue = ratingValue
        self.bestRating = bestRating
        self.worstRating = worstRating
        self.author = author
        self.url = url
        self.published = published
    }
}

public struct ReviewStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a review of a claim.
    ///
    /// - Throws: `ClaimsError.claimNotFound`, `.invalidRatingScale` (a value without best and worst,
    ///   or outside them), `.reviewExists` for the same claim and URL, `.invalidURL`, `.emptyText`.
    @discardableResult
    public func add(_ new: NewReview) throws -> Review {
        let rating = try Text.required(new.rating, field: "rating")
        let author = try Text.required(new.author, field: "reviewing organisation")
        let url = try SourceStore.validatedURL(new.url)
        if let value = new.ratingValue {
            guard let best = new.bestRating, let worst = new.worstRating,
                (min(best, worst)...max(best, worst)).contains(value)
            else { throw ClaimsError.invalidRatingScale }
        }
        if let published = new.published, published > .today {
            throw ClaimsError.futureDate(text: published.description, today: .today)
        }
        return try connection.transaction { db in
            _ = try ClaimStore(db).claim(id: new.claimID)
            if try db.queryFirst("SELECT 1 AS found FROM reviews WHERE claim_id = \(new.claimID) AND url = \(url)") != nil {
                throw ClaimsError.reviewExists(claimID: new.claimID, url: url)
            }
            let row = try db.queryFirst(
                """
                INSERT INTO reviews (claim_id, rating, rating_value, best_rating, worst_rating, author, url, published_on)
                VALUES (\(new.claimID), \(rating), \(new.ratingValue), \(new.bestRating), \(new.worstRating), \(author),
                        \(url), \(new.published))
                RETURNING \(Self.columns)
                """)
            guard let row else { throw ClaimsError.claimNotFound(id: new.claimID) }
            return try Self.review(from: row)
        }
    }

    /// Reviews of the given claims, oldest first.
    public func reviews(claimIDs: [Int]) throws -> [Review] {
        guard !claimIDs.isEmpty else { return [] }
        return try connection.query(
            """
            SELECT \(Self.columns) FROM reviews
            WHERE claim_id = ANY(\(claimIDs)) ORDER BY published_on NULLS LAST, id
            """
        ).map(Self.review(from:))
    }

    /// Reviews of the claims a `SELECT c.id ...` statement selects.
    func reviews(forClaimsIn selection: SQL) throws -> [Review] {
        try connection.query(
            """
            SELECT \(Self.columns) FROM reviews
            WHERE claim_id IN (\(selection)) ORDER BY published_on NULLS LAST, id
            """
        ).map(Self.review(from:))
    }

    static let columns: SQL = "id, claim_id, rating, rating_value, best_rating, worst_rating, author, url, published_on"

    static func review(from row: Row) throws -> Review {
        Review(
            id: try row.decode("id"), claimID: try row.decode("claim_id"), rating: try row.decode("rating"),
            ratingValue: try row.decode("rating_value"), bestRating: try row.decode("best_rating"),
            worstRating: try row.decode("worst_rating"), author: try row.decode("author"), url: try row.decode("url"),
            published: try row.decode("published_on"))
    }
}
