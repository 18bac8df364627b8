// The words for every refusal of the core: what went wrong, and the command or flag that fixes it.
import Basics
import ClaimsCore
import FoundationEssentials

extension ClaimsError {
    /// One or more sentences for the person at the terminal.
    var message: String {
        switch self {
        case .emptyText(let field):
            return "the \(Self.flag(for: field)) is empty; give some text"
        case .invalidDate(let text, let reason):
            return "'\(text)' is not a valid date: \(reason)"
        case .futureDate(let text, let today):
            return "'\(text)' is in the future (today is \(today)); claims records what was already said"
        case .invalidWikidataID(let text):
            return "'\(text)' is not a Wikidata id: use Q followed by digits, e.g. Q42"
        case .invalidURL(let text):
            return "'\(text)' is not a URL: give the full address, starting with https:// or http://"
        case .invalidLanguage(let text):
            return "'\(text)' is not a language tag: use a code such as en, ru, tr or pt-BR"
        case .speakerNotFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.list(suggestions, or: true))?"
            // Only `claims add` can make the speaker on the way; elsewhere the hint would be a flag the
            // command refuses.
            let orFlag = Claims.invoked?.command == Claims.Add.self ? " (or pass --create-speaker)" : ""
            return "no speaker is called '\(name)'.\(hint) Add one with: claims speaker add \(Self.quoted(name))\(orFlag)"
        case .ambiguousSpeaker(let name, let candidates):
            return "'\(name)' could be \(Self.list(candidates, or: true)); give the full name"
        case .speakerExists(let name, let existing):
            return "'\(name)' is already taken by speaker '\(existing)' (names and aliases must be unique); "
                + "see: claims speaker show \(Self.quoted(existing))"
        case .sourceNotFound(let reference):
            // `claims extract nosuch.txt`: a file name that is no file is the likelier mistake.
            if Claims.invoked?.command == Claims.Extract.self, !reference.allSatisfy(\.isNumber), !reference.contains("://") {
                return "no file '\(reference)', and no recorded source by that name; give an article file, - for standard input, "
                    + "or a recorded source's number or URL"
            }
            return "no source '\(reference)'. Add it with: claims source add URL --title T --outlet O --published YYYY-MM-DD"
        case .sourceExists(let url, let existingID):
            return "the source \(url) is already recorded as #\(existingID); see: claims source show \(existingID)"
        case .sourceDetailsMissing(let url, let missing, let inFile):
            let details = missing.map { inFile ? $0.column : $0.flag }
            return "the source \(url) is not recorded yet: add \(details.joined(separator: ", ")) to record it in this "
                + "command, or run claims source add first"
        case .claimNotFound(let id):
            return "no claim #\(id); see: claims list"
        case .selfLink(let id):
            return "claim #\(id) cannot link to itself; link two different claims"
        case .duplicateLink(let from, .sameStatement, let to):
            return "\(from) is already an appearance of claim #\(to); nothing to record"
        case .duplicateLink(let from, let relation, let to):
            return "\(from) already \(relation.rawValue) claim #\(to); nothing to record"
        case .reversedLink(let from, let fromDate, let relation, let to, let toDate, let laterClaimID, let fromPublished):
            let reversed = laterClaimID.map { "claims link \(to) \(relation.rawValue) \($0)" }
                ?? "record the report's claim, then: claims link CLAIM \(relation.rawValue) \(to)"
            let dates = fromPublished.map { "said \(fromDate), published \($0)" } ?? "\(fromDate)"
            return "\(from) (\(dates)) was public before claim #\(to) (\(toDate)), so it cannot \(relation.verb) it; "
                + "the later one goes first: \(reversed)"
        case .unreadableFile(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .unknownDatePhrase(let text):
            return "'\(text)' is not a date claims understands: use YYYY-MM-DD, YYYY-MM or YYYY, a date written out "
                + "(December 1, 2015; 1 December 2015; December 2015), or the article's words: today, yesterday, "
                + "(on) Tuesday, last Friday, on Nov. 30, last week"
        case .quoteNotInSource(let sourceID, let closest, let similarity):
            var text = "the quote is not in the text of source #\(sourceID)"
            if let closest, let similarity {
                text += "; the closest passage (\(Int((similarity * 100).rounded()))% alike) is “\(closest)”"
            }
            return text + ". Quote it exactly as printed, or add --paraphrase if it is the reporter's summary"
        case .sourceTextExists(let existingID, let url):
            return "the same text is already recorded as source #\(existingID) (\(url)); see: claims source show \(existingID)"
        case .articleDetailsMissing(let missing):
            return "could not find the article's \(missing.map(\.words).joined(separator: ", ")) in the file: "
                + "give \(missing.map { $0 == .published ? "--published YYYY-MM-DD" : $0.flag }.joined(separator: ", "))"
        case .badImportLine(let line, let reason):
            return "line \(line): \(reason); nothing was imported"
        case .importLineRefused(let line, let error, let moreLines):
            let more = moreLines > 0 ? " (and \(counted(moreLines, "more bad row")))" : ""
            return "line \(line): \(error.message)\(more); nothing was imported"
        case .missingColumns(let names):
            return "the header has no \(names.joined(separator: ", ")) column (see claims import csv --help)"
        case .unknownRecordType(let type):
            return "unknown record type '\(type)'"
        case .unknownValue(let field, let value, let allowed):
            return "unknown \(field) '\(value)': use \(Self.list(allowed, or: true))"
        case .invalidDocument(let reason):
            return reason
        case .claimReviewItem(let item, let error):
            return "ClaimReview item \(item): \(error.message); nothing was imported (--strict)"
        case .mergeIntoItself(let kind, let name):
            return "both refer to \(name): give two different \(kind)s"
        case .pageUnavailable(let url, let reason):
            return reason.contains(url) ? reason : "\(url): \(reason)"
        case .notAWebPage(let url, let kind):
            return "\(url) is \(kind), not a web page; claims imports HTML pages and text"
        case .notAnArticle(let reason):
            return "no article to import: \(reason). Import the article's own page"
        case .notAWebAddress(let url):
            return "'\(url)' is not an http or https address; claims fetches web pages only (save the document and import the file)"
        case .possiblySameStatement(let existing, let similarity):
            let alike = similarity >= ClaimStore.sameStatementSimilarity
                ? "words \(Int((similarity * 100).rounded()))% alike" : "the same quote in both sources' texts"
            return "this looks like claim #\(existing) (the same speaker within a day, \(alike)): "
                + "record it as another report of that statement with --same-as \(existing), or as a claim of its own with --new"
        case .appearanceNeedsClaim:
            return "a report is not a statement: record its words as a claim first, then: claims link CLAIM same-statement N"
        case .appearanceSpeakerDiffers(let id, let speaker, let statement, let statementSpeaker):
            return "claim #\(id) is by \(speaker) and claim #\(statement) by \(statementSpeaker): one statement has one speaker; "
                + "fix the speaker with claims edit \(id) --speaker NAME, or link them as corroborates or responds-to"
        case .alreadyAppearance(let id, let statement):
            return "claim #\(id) is already an appearance of claim #\(statement); see: claims show \(statement)"
        case .linkToAppearance(let id, let statement):
            return "claim #\(id) is an appearance of claim #\(statement), and evidence goes on the statement: link to #\(statement) instead"
        case .sourceRelationCycle(let source, let other):
            return "source #\(other) already rests on #\(source), so #\(source) cannot rest on it; "
                + "see: claims source show \(source)"
        case .nothingToEditSource:
            return "nothing to change: give --title, --outlet, --published or --language"
        case .noSavedPage(let id):
            return "source #\(id) was recorded without a saved page (it was added by hand or imported before pages were kept)"
        case .phraseNeedsPublicationDate(let text, let sourceID):
            let source = sourceID.map { "source #\($0)" } ?? "the source"
            return "'\(text)' is worked out from the publication date, and \(source) has none recorded: give the date "
                + "(YYYY-MM-DD), or first add the source's date with: claims source edit \(sourceID.map(String.init) ?? "SOURCE") --published YYYY-MM-DD"
        case .sourceTextsDiffer(let keep, let duplicate):
            return "\(keep) and \(duplicate) both keep an article text, and quotes are anchored in the duplicate's; "
                + "they would point into the wrong text. Merge only records of the same article"
        case .controlCharacter(let field, let code):
            return "the \(field) contains the control character U+\(Self.hex(code)); remove it (tabs and line breaks are fine)"
        case .claimTooLong(let length, let maximum):
            return "the claim text is \(length) characters long, more than the \(maximum) a claim may hold: quote the passage, not the article"
        case .nothingToEdit:
            return "nothing to change: give --text, --said, --speaker or --source"
        case .alreadyRetracted(let id, let at):
            return "claim \(id) was already retracted on \(CalendarDate(utcDayOf: at)); see: claims history \(id)"
        case .unknownClaimKey(let key):
            return "no claim with key \(key) in the file"
        case .invalidRatingScale:
            return "a --rating-value needs --best and --worst, and must lie between them (e.g. --rating-value 1 --best 5 --worst 1)"
        case .reviewExists(let claimID, let url):
            return "claim #\(claimID) already has the review \(url); see: claims show \(claimID)"
        case .sourceHasNoText(let id):
            return "source #\(id) has no stored text to check quotes against"
        case .invalidDatabaseName(let name):
            return "'\(name)' is not a usable database name: use lower-case letters, digits and _, starting with a letter "
                + "(and not postgres, template0 or template1, PostgreSQL's own)"
        case .databaseExists(let name):
            return "the embedded cluster already has a database '\(name)'; see: claims db list"
        case .databaseMissing(let name, let origin):
            let create = "make it with: claims db create \(name)"
            if origin == .configFile {
                return "the configuration file names the database '\(name)', which the embedded cluster does not have: \(create), "
                    + "or claims config unset database"
            }
            if origin == .environmentVariable {
                return "CLAIMS_DATABASE names '\(name)', which the embedded cluster does not have: \(create), or unset CLAIMS_DATABASE"
            }
            return "there is no database '\(name)' in the embedded cluster: \(create) (claims db list shows those there are)"
        case .notEmbedded(let reason):
            return "this works only on the embedded cluster, but another database is in use: \(reason)"
        }
    }

    static func list(_ items: [String], or: Bool) -> String {
        let quotedItems = items.map { "'\($0)'" }
        guard quotedItems.count > 1 else { return quotedItems.first ?? "" }
        return quotedItems.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + (quotedItems.last ?? "")
    }

    /// At least four upper-case hex digits, as code points are written (U+0007).
    static func hex(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "\"\(text.replacingScalars("\"", with: "\\\""))\"" : text
    }

    /// The core names the field a text belongs to; where a flag gives it, the flag is named.
    static func flag(for field: String) -> String {
        ["reason": "--reason", "actor": "--as", "as-of time": "--as-of"][field] ?? field
    }
}

extension SourceDetail {
    /// The flag that gives it.
    var flag: String { "--\(rawValue)" }
    /// The column of `claims import csv` that gives it.
    var column: String { self == .title ? "source_title" : rawValue }
    /// What it is, in words.
    var words: String {
        switch self {
        case .title: "headline"
        case .outlet: "outlet"
        case .published: "publication date"
        }
    }
}

extension Relation {
    /// The participle, for what was done to a claim: "contradicted by claim #8".
    var passive: String {
        switch self {
        case .corroborates: return "corroborated"
        case .contradicts: return "contradicted"
        case .respondsTo: return "responded to"
        case .sameStatement: return "reported again"
        }
    }

    /// The infinitive, for sentences: "cannot contradict it".
    var verb: String {
        switch self {
        case .corroborates: return "corroborate"
        case .contradicts: return "contradict"
        case .respondsTo: return "respond to"
        case .sameStatement: return "report again"
        }
    }
}
