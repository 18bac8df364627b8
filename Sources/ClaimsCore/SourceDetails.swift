// A source with everything `source show` and `source import` report: its stored text, where each
// detail came from, and the page it was read from.
import FoundationEssentials
internal import Postgres
import Basics

/// The page or file a source was imported from, as kept in the database.
public struct SavedPage: Sendable, Equatable {
    public var requestedURL: String?
    public var finalURL: String?
    public var contentType: String?
    public var retrievedAt: Date
    public var encoding: String
    public var byteCount: Int
    public var sha256: String
}

public struct SourceDetails: Sendable, Equatable {
    public var source: Source
    /// The stored article text, paragraphs one blank line apart.
    public var text: String?
    /// Where each detail came from, by `SourceField` raw value.
    public var origins: [String: FieldOrigin]
    public var page: SavedPage?
    /// What its reporting rests on (an agency its text credits, a source it copies), and what rests on it.
    public var basis: SourceBasis

    public func origin(_ field: SourceField) -> FieldOrigin? { origins[field.rawValue] }
}

extension SourceStore {
    public func details(of source: Source) throws -> SourceDetails {
        let row = try connection.queryFirst(
            """
            SELECT so.full_text, so.metadata::text AS metadata, p.requested_url, p.final_url, p.content_type, p.retrieved_at,
                   p.encoding, p.byte_count, p.sha256
            FROM sources so LEFT JOIN source_pages p ON p.source_id = so.id
            WHERE so.id = \(source.id)
            """)
        guard let row else { throw ClaimsError.sourceNotFound(reference: String(source.id)) }
        let metadata: String = try row.decode("metadata")
        let origins = (try? JSONDecoder().decode([String: FieldOrigin].self, from: Data(metadata.utf8))) ?? [:]
        var page: SavedPage?
        if let sha256 = try row.decode("sha256", as: String?.self) {
            page = SavedPage(
                requestedURL: try row.decode("requested_url"), finalURL: try row.decode("final_url"),
                contentType: try row.decode("content_type"), retrievedAt: try row.decode("retrieved_at"),
                encoding: try row.decode("encoding"), byteCount: try row.decode("byte_count"), sha256: sha256)
        }
        return SourceDetails(source: source, text: try row.decode("full_text"), origins: origins, page: page, basis: try basis(of: source.id))
    }

    /// The page's bytes exactly as they were saved or fetched.
    ///
    /// - Throws: `ClaimsError.noSavedPage` when the source was recorded without one.
    public func originalBytes(of source: Source) throws -> [UInt8] {
        guard let row = try connection.queryFirst("SELECT bytes FROM source_pages WHERE source_id = \(source.id)") else {
            throw ClaimsError.noSavedPage(id: source.id)
        }
        return try row.decode("bytes", as: ByteString.self).bytes
    }
}
