// Why a claims command refused: each case names the problem and what it concerns.
import FoundationEssentials
import Basics

/// Every refusal a user can meet, as data: what was wrong and what it was about (a field, a
/// speaker, a source, a line of a file). The words, and the commands and flags that fix it, are
/// the caller's to write: the command line's are in Sources/claims/Support/ClaimsErrorMessages.swift.
public enum ClaimsError: Error, Sendable, Equatable {
    case emptyText(field: String)
    case invalidDate(text: String, reason: String)
    case futureDate(text: String, today: CalendarDate)
    case invalidWikidataID(String)
    case invalidURL(String)
    case invalidLanguage(String)
    case speakerNotFound(name: String, suggestions: [String])
    case ambiguousSpeaker(name: String, candidates: [String])
    case speakerExists(name: String, existing: String)
    case sourceNotFound(reference: String)
    case sourceExists(url: String, existingID: Int)
    /// `inFile`: the details were to come from the columns of an import file, not from flags.
    case sourceDetailsMissing(url: String, missing: [SourceDetail], inFile: Bool = false)
    case claimNotFound(id: Int)
    case selfLink(id: Int)
    case duplicateLink(from: String, relation: Relation, to: Int)
    /// `laterClaimID` is nil when the later side is a report rather than a claim; `fromPublished`
    /// is when a later claim's source was published (it too came before the claim).
    case reversedLink(
        from: String, fromDate: SaidDate, relation: Relation, to: Int, toDate: SaidDate, laterClaimID: Int?,
        fromPublished: CalendarDate? = nil)
    case unreadableFile(path: String, reason: String)
    case invalidDatabaseName(String)
    /// `claims db create NAME` for a database already in the cluster.
    case databaseExists(String)
    /// A database other than the default, named by `-d` or CLAIMS_DATABASE, not made yet.
    case databaseMissing(name: String, namedBy: EmbeddedDatabase.DatabaseOrigin)
    case unknownDatePhrase(text: String)
    case quoteNotInSource(sourceID: Int, closest: String?, similarity: Double?)
    case sourceTextExists(existingID: Int, url: String)
    case articleDetailsMissing(missing: [SourceDetail])
    case sourceHasNoText(id: Int)
    case invalidRatingScale
    case badImportLine(line: Int, reason: String)
    /// A line of an import file that one of the other refusals applies to.
    /// `moreLines`: how many other lines were refused too.
    indirect case importLineRefused(line: Int, error: ClaimsError, moreLines: Int = 0)
    /// A CSV header without the columns an import needs.
    case missingColumns(names: [String])
    case unknownRecordType(String)
    case unknownValue(field: String, value: String, allowed: [String])
    case unknownClaimKey(Int)
    case invalidDocument(reason: String)
    indirect case claimReviewItem(item: Int, error: ClaimsError)
    case reviewExists(claimID: Int, url: String)
    case notEmbedded(reason: String)
    case alreadyRetracted(id: Int, at: Date)
    case nothingToEdit
    case controlCharacter(field: String, code: UInt32)
    case claimTooLong(length: Int, maximum: Int)
    case mergeIntoItself(kind: String, name: String)
    case sourceTextsDiffer(keep: String, duplicate: String)
    case phraseNeedsPublicationDate(text: String, sourceID: Int?)
    /// A web page could not be fetched: DNS, a refused connection, a time-out, TLS, an HTTP error, a limit.
    case pageUnavailable(url: String, reason: String)
    /// What a URL returned is not a web page (a PDF, an image).
    case notAWebPage(url: String, kind: String)
    /// A page was read but holds no article (an index page, a login wall).
    case notAnArticle(reason: String)
    case noSavedPage(id: Int)
    case nothingToEditSource
    case notAWebAddress(String)
    /// `claims link --report URL same-statement N`: a statement's appearance is a claim.
    case appearanceNeedsClaim
    case appearanceSpeakerDiffers(id: Int, speaker: String, statement: Int, statementSpeaker: String)
    /// Claim `id` is already an appearance of `statement`, another one.
    case alreadyAppearance(id: Int, statement: Int)
    /// Evidence linked to claim `id`, which is an appearance of `statement`.
    case linkToAppearance(id: Int, statement: Int)
    /// A new claim looks like claim `existing` (same speaker, within a day, near-identical words).
    case possiblySameStatement(existing: Int, similarity: Double)
    /// `claims source rests-on` that would make a source rest on itself through others.
    case sourceRelationCycle(source: Int, other: Int)
}

/// The details a source is recorded with, named when one is missing.
public enum SourceDetail: String, Sendable, Equatable {
    case title, outlet, published
}
