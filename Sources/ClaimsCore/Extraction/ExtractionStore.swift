// Proposing claims for an article (a file or a recorded source), and recording them.
import FoundationEssentials
package import Postgres
import Basics

/// The article proposals were made for.
public struct ExtractionSubject: Sendable {
    public var sourceID: Int?
    public var url: String?
    public var headline: String?
    public var outlet: String?
    public var published: CalendarDate?
    public var body: String
    /// The file as read, for importing it when proposals are applied.
    var document: SourceDocument?
    var documentName: String?
}

public struct ExtractionStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// An article file's contents, parsed: a web page (by its content) or the plain-text layout.
    ///
    /// - Throws: `ClaimsError.notAnArticle` for a page without one, `.unreadableFile` for a file
    ///   that is neither HTML nor UTF-8 text.
    public func subject(file bytes: [UInt8], name: String) throws -> ExtractionSubject {
        let document = SourceDocument(fileBytes: bytes)
        if WebPageReader.looksLikeHTML(bytes) {
            let reading = WebPageReader.read(bytes)
            if let reason = reading.notAnArticle { throw ClaimsError.notAnArticle(reason: reason) }
            return ExtractionSubject(
                sourceID: nil, url: nil, headline: reading.metadata.headline?.value, outlet: reading.metadata.outlet?.value,
                published: reading.metadata.published?.value.day, body: ArticleText.normalize(reading.body),
                document: document, documentName: name)
        }
        guard let raw = String(validating: bytes, as: UTF8.self) else {
            throw ClaimsError.unreadableFile(path: name, reason: "it is neither an HTML page nor UTF-8 text")
        }
        let parsed = ArticleParser.parse(raw)
        return ExtractionSubject(
            sourceID: nil, url: nil, headline: parsed.headline, outlet: parsed.outlet, published: parsed.published,
            body: parsed.body, document: document, documentName: name)
    }

    /// A recorded source with stored text.
    public func subject(source reference: String) throws -> ExtractionSubject {
        guard let source = try SourceStore(connection).resolve(reference) else {
            throw ClaimsError.sourceNotFound(reference: reference)
        }
        guard let text = try SourceStore(connection).fullText(sourceID: source.id) else {
            throw ClaimsError.sourceHasNoText(id: source.id)
        }
        return ExtractionSubject(
            sourceID: source.id, url: source.url, headline: source.title, outlet: source.outlet, published: source.published,
            body: text)
    }

    public func propose(for subject: ExtractionSubject) throws -> [ProposedClaim] {
        let known = try SpeakerStore(connection).list().map {
            KnownSpeaker(name: $0.speaker.name, aliases: $0.speaker.aliases, role: $0.speaker.role)
        }
        return ClaimExtractor(known: known, published: subject.published).extract(from: subject.body)
    }

    /// Records the chosen proposals in one transaction, importing the article first when it is a
    /// file not recorded yet (an already recorded copy, found by its text, is reused).
    ///
    /// A proposal whose speaker said near-identical words within a day already (in another report
    /// of the story) is recorded as an appearance of that claim.
    ///
    /// - Returns: the new claims, with the statement each was recorded as an appearance of.
    public func apply(_ proposals: [ProposedClaim], to subject: ExtractionSubject, url: String?) throws -> [RecordedClaim] {
        try connection.transaction { db in
            let sourceID: Int
            if let id = subject.sourceID {
                sourceID = id
            } else {
                let fingerprint = ArticleText.fingerprint(ArticleText.normalize(subject.body))
                if let existing = try db.queryFirst("SELECT id FROM sources WHERE text_sha256 = \(fingerprint)") {
                    sourceID = try existing.decode("id")
                } else {
                    let document = subject.document ?? SourceDocument(fileBytes: Array(subject.body.utf8))
                    sourceID = try SourceStore(db).importDocument(
                        document, overrides: SourceOverrides(url: url), name: subject.documentName ?? "the article"
                    ).source.id
                }
            }
            let claims = ClaimStore(db)
            return try proposals.map { proposal in
                var claim = NewClaim(
                    text: proposal.text, speaker: proposal.speaker, createSpeaker: true, source: String(sourceID),
                    // An undated article cannot turn "on Tuesday" into a date: record none.
                    said: subject.published == nil ? proposal.said?.description : proposal.saidPhrase ?? proposal.said?.description,
                    via: proposal.via, kind: proposal.kind)
                claim.statement = .attachIfSeen
                return try claims.record(claim)
            }
        }
    }
}
