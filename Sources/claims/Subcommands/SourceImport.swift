// `claims source import PAGE.html | URL | FILE.txt | -`: record an article, saying what was found and where.
import ArgumentParser
import ClaimsCore
import FoundationEssentials
import Basics

extension Claims.Source {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Record an article from a web page (a saved file or a URL) or a text file.",
            discussion: """
                A web page is recognised by its content, not its name. claims finds the
                article's paragraphs (without menus, share bars, captions, related links, ads,
                newsletter boxes or comments) and its headline, outlet, publication and
                modification dates, authors, language and canonical address, from JSON-LD,
                meta tags or the page text, and says where each came from. A URL is fetched
                (http and https only, TLS certificates verified, at most 10 redirects). The
                page's bytes are kept with the source: `claims source show ID --original`
                gives them back.

                A text file is read in the plain-text layout: headline, outlet and date lines
                ("Xinhua, December 2, 2015", or three lines: headline, outlet, date), then the
                paragraphs; menus and tickers above the headline are dropped.

                The text is stored normalised and fingerprinted, so the same article is never
                recorded twice. Flags override what the document says. A page that does not
                state its headline, outlet or date is still recorded; add what is missing with
                `claims source edit`.

                Examples:
                  claims source import https://news.example/2015/12/02/coordination
                  claims source import saved-page.html --outlet Xinhua
                  curl -s https://news.example/a |
                      claims source import - --url https://news.example/a
                """)

        @Argument(help: ArgumentHelp("A saved page or text file, - for standard input, or an http(s) URL to fetch.", valueName: "file-or-url"))
        var file: String
        @Option(help: "The article's address (default: its canonical address, else where the fetch ended, else a urn:sha256 name).")
        var url: String?
        @Option(help: "The headline, if the document's is wrong or missing.")
        var title: String?
        @Option(help: "Who published it, if the document does not say.")
        var outlet: String?
        @Option(help: ArgumentHelp("Publication date, if the document does not say.", valueName: "YYYY-MM-DD"))
        var published: String?
        @Option(help: ArgumentHelp("Language tag, e.g. en.", valueName: "code"))
        var language: String?
        @Option(help: ArgumentHelp("Seconds a fetch may take in all, redirects included (default 30).", valueName: "seconds"))
        var fetchTimeout: Double = 30
        @Option(help: ArgumentHelp("Seconds to wait for the web server's connection (default 10).", valueName: "seconds"))
        var fetchConnectTimeout: Double = 10
        @Option(help: ArgumentHelp("The largest page accepted, fetched or read: bytes, or with K or M (default 10M, at most 256M).", valueName: "size"))
        var maxPageSize: String = "10M"
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func validate() throws {
            guard fetchTimeout.isFinite, fetchConnectTimeout.isFinite, (0.001...86_400).contains(fetchTimeout),
                (0.001...86_400).contains(fetchConnectTimeout)
            else {
                throw ValidationError("--fetch-timeout and --fetch-connect-timeout take seconds, from 0.001 to 86400.")
            }
            guard PageSize.parse(maxPageSize) != nil else {
                throw ValidationError("--max-page-size must be a number of bytes, or a number with K or M (e.g. 10M), at most 256M.")
            }
        }

        func run() throws {
            let day = try published.map(DayArgument.parse)
            let limit = PageSize.parse(maxPageSize) ?? 10 << 20
            let store = try connection.open().sources
            let document: SourceDocument
            let name: String
            if PageFetching.isWebAddress(file) {
                // Already recorded under this address: no need to fetch it again.
                if let existing = try store.resolve(file) {
                    throw ClaimsError.sourceExists(url: existing.url, existingID: existing.id)
                }
                var limits = FetchLimits()
                limits.connectTimeout = fetchConnectTimeout
                limits.totalTimeout = fetchTimeout
                limits.maxBytes = limit
                document = SourceDocument(fetched: try PageFetching.fetch(file, limits: limits))
                name = file
            } else {
                let bytes = try InputFile.readBytes(file, limit: limit)
                document = SourceDocument(fileBytes: bytes)
                name = file == "-" ? "standard input" : file
            }
            let report = try store.importDocument(
                document, overrides: SourceOverrides(url: url, title: title, outlet: outlet, published: day, language: language),
                name: name)
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(SourceImportJSON(report)))
            case .table:
                Terminal.print(ImportSummary.render(report))
            }
        }
    }
}

/// `--max-page-size`: "10M", "512K", "1048576".
enum PageSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace().uppercased()
        var digits = trimmed
        var factor = 1
        for (suffix, multiple) in [("MIB", 1 << 20), ("KIB", 1 << 10), ("MB", 1 << 20), ("KB", 1 << 10), ("M", 1 << 20), ("K", 1 << 10)]
        where trimmed.hasSuffix(suffix) {
            digits = String(trimmed.dropLast(suffix.count))
            factor = multiple
            break
        }
        // At most 256 MiB: the page travels to PostgreSQL as hex, twice its size.
        guard let number = Int(digits.trimmingWhitespace()), number > 0, number <= (256 << 20) / factor else { return nil }
        return number * factor
    }
}

/// What `source import` prints for people: each detail, where it came from, and what is missing.
enum ImportSummary {
    static func render(_ report: SourceImportReport) -> String {
        let details = report.details
        let source = report.source
        var lines = ["Imported source #\(source.id): \(source.titleForPeople) (\(source.outletForPeople), \(source.publishedForPeople)), "
            + "\(report.paragraphs) paragraph\(report.paragraphs == 1 ? "" : "s"), \(report.words) word\(report.words == 1 ? "" : "s")"]
        lines.append(SourceDetailLines.render(details, fields: report.isWebPage ? SourceField.allCases : [.title, .outlet, .published, .language]))
        if let body = report.details.origins["body"] {
            lines.append("Note: the page's HTML holds too little of the article; its text was taken from the page's \(body.description) (articleBody).")
        }
        if report.truncated {
            lines.append("Note: the page nests deeper or holds more than any real page; it was read up to that point.")
        }
        let missing = report.missing
        if !missing.isEmpty {
            lines.append("Not found: " + missing.map(SourceDetailLines.name).joined(separator: ", ") + ".")
            let flags = missing.compactMap(SourceDetailLines.flag)
            if !flags.isEmpty {
                lines.append("Add \(flags.count == 1 ? "it" : "them") with: claims source edit \(source.id) " + flags.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// The details of a source with where each came from, for `source import` and `source show`.
enum SourceDetailLines {
    static func render(_ details: SourceDetails, fields: [SourceField]) -> String {
        DetailRenderer(pairs: pairs(details, fields: fields)).render()
    }

    static func pairs(_ details: SourceDetails, fields: [SourceField]) -> [(String, String)] {
        let source = details.source
        var pairs: [(String, String)] = [("url", source.url)]
        for field in fields {
            let value: String?
            switch field {
            case .title: value = source.title
            case .outlet: value = source.outlet
            case .published: value = source.published.map { date in date.description + (details.origin(.published)?.written.map { " (\($0))" } ?? "") }
            case .modified: value = source.modified.map { date in date.description + (details.origin(.modified)?.written.map { " (\($0))" } ?? "") }
            case .authors: value = source.authors.isEmpty ? nil : source.authors.joined(separator: ", ")
            case .language: value = source.language
            case .canonical: value = details.origin(.canonical)?.value
            }
            guard let value else { continue }
            let origin = details.origin(field).map { "  [\($0.description)]" } ?? ""
            pairs.append((label(field), value + origin))
        }
        if let page = details.page {
            var read = "\(ByteCount.format(page.byteCount))\(page.contentType.map { " \($0)" } ?? ""), read as \(page.encoding)"
            if let requested = page.requestedURL {
                read += ", fetched \(requested)" + (page.finalURL.map { $0 == requested ? "" : " → \($0)" } ?? "")
            }
            read += " at \(Timestamps.timestamp(page.retrievedAt)) UTC"
            pairs.append(("page", read))
            pairs.append(("sha256", page.sha256))
        }
        return pairs + basisPairs(details.basis)
    }

    /// What the source rests on and what rests on it, as `source show` and `source import` print it.
    static func basisPairs(_ basis: SourceBasis) -> [(String, String)] {
        var pairs: [(String, String)] = []
        if let credit = basis.wireCredit { pairs.append(("credits", "\(credit): its text names the agency, so its reporting rests on it")) }
        for relation in basis.relations {
            let other = "#\(relation.other.id) \(relation.other.outletForPeople), \(relation.other.publishedForPeople)"
            let why = relation.decidedBy == "user"
                ? "as a person recorded"
                : relation.resemblance.map { "text \(Int(($0 * 100).rounded()))% alike: recorded as resting on it" } ?? "found by claims"
            pairs.append((relation.kind == .restsOn ? "rests on" : "independent of", "\(other) (\(why))"))
        }
        if !basis.restedOnBy.isEmpty {
            pairs.append(("rested on by", basis.restedOnBy.map { "#\($0.id) \($0.outletForPeople)" }.joined(separator: ", ")))
        }
        return pairs
    }

    static func label(_ field: SourceField) -> String {
        field == .title ? "headline" : field.rawValue
    }

    /// "the headline", "the publication date" ...
    static func name(_ field: SourceField) -> String {
        switch field {
        case .title: return "the headline"
        case .outlet: return "the outlet"
        case .published: return "the publication date"
        case .modified: return "the date modified"
        case .authors: return "the authors"
        case .language: return "the language"
        case .canonical: return "the canonical address"
        }
    }

    /// The `source edit` flag that adds a missing detail, where there is one.
    static func flag(_ field: SourceField) -> String? {
        switch field {
        case .title: return "--title TEXT"
        case .outlet: return "--outlet NAME"
        case .published: return "--published YYYY-MM-DD"
        case .language: return "--language CODE"
        case .modified, .authors, .canonical: return nil
        }
    }
}

enum ByteCount {
    static func format(_ bytes: Int) -> String {
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10 + (1 << 19)) >> 20
            return "\(tenths / 10).\(tenths % 10) MiB"
        }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
