// Corrections to a source: the details a page did not state (or stated wrongly), added in place
// with the earlier version kept in the history.
import FoundationEssentials
internal import Postgres
import Basics

/// What `claims source edit` changes; nil leaves a detail as it is.
public struct SourceEdit: Sendable {
    public var title: String?
    public var outlet: String?
    public var published: CalendarDate?
    public var language: String?

    public init(title: String? = nil, outlet: String? = nil, published: CalendarDate? = nil, language: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.language = language
    }

    public var isEmpty: Bool { title == nil && outlet == nil && published == nil && language == nil }
}

extension SourceStore {
    /// Applies `edit` to a source in one transaction; each changed detail is marked as given by
    /// option in the source's provenance, and a new publication date moves the dates its claims
    /// were said that were worked out from it ("on Tuesday"). Returns the fields that changed.
    @discardableResult
    public func edit(_ reference: String, _ edit: SourceEdit, reason: String?) throws -> (source: Source, changed: [SourceField]) {
        guard !edit.isEmpty else { throw ClaimsError.nothingToEditSource }
        let reason = try reason.map { try Text.required($0, field: "reason") }
        let title = try edit.title.map { try Text.required($0, field: "title") }
        let outlet = try edit.outlet.map { try Text.required($0, field: "outlet") }
        let language = try edit.language.map { try Self.validatedLanguage(try Text.required($0, field: "language")) }
        if let published = edit.published, published > .today {
            throw ClaimsError.futureDate(text: published.description, today: .today)
        }
        return try connection.transaction { db in
            let store = SourceStore(db)
            guard let current = try store.resolve(reference) else { throw ClaimsError.sourceNotFound(reference: reference) }
            if let reason { try HistorySettings.setReason(reason, on: db) }
            var changed: [SourceField] = []
            if let title, title != current.title { changed.append(.title) }
            if let outlet, outlet != current.outlet { changed.append(.outlet) }
            if let published = edit.published, published != current.published { changed.append(.published) }
            if let language, language != current.language { changed.append(.language) }
            guard !changed.isEmpty else { return (current, []) }
            let outletID = try outlet.map { try OutletStore(db).findOrCreate($0) }
            let given = FieldOrigin.json(Dictionary(uniqueKeysWithValues: changed.map { ($0.rawValue, FieldOrigin(from: .option)) }))
            try db.execute(
                """
                UPDATE sources SET title = coalesce(\(title), title), outlet_id = coalesce(\(outletID), outlet_id),
                       published_on = coalesce(\(edit.published), published_on), language = coalesce(\(language), language),
                       metadata = metadata || \(given)::jsonb
                WHERE id = \(current.id)
                """)
            // Dates its claims' words were worked out from ("on Tuesday") follow the new date.
            if let published = edit.published, changed.contains(.published) {
                for row in try db.query("SELECT id, said_phrase FROM claims WHERE source_id = \(current.id) AND said_phrase IS NOT NULL") {
                    guard let day = RelativeDate.resolve(try row.decode("said_phrase"), published: published) else { continue }
                    try db.execute("UPDATE claims SET said_on = \(day), said_precision = 'day' WHERE id = \(try row.decode("id", as: Int.self))")
                }
            }
            guard let updated = try store.source(id: current.id, on: db) else { throw ClaimsError.sourceNotFound(reference: reference) }
            return (updated, changed)
        }
    }
}
