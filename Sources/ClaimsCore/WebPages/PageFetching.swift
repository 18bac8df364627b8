// Fetching a page for `claims source import URL`: WebFetch's libcurl transfer with claims' limits
// and User-Agent, its failures turned into ClaimsError values.
import FoundationEssentials
internal import WebFetch

/// How long and how much a fetch may take.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds to wait for the connection (TCP and TLS).
    public var connectTimeout: Double = 10
    /// Seconds for the whole transfer, redirects included.
    public var totalTimeout: Double = 30
    /// The largest page accepted, in bytes.
    public var maxBytes: Int = 10 << 20

    public init() {}
}

/// A page as a server sent it.
public struct FetchedDocument: Sendable {
    public var requestedURL: String
    public var finalURL: String
    public var contentType: String?
    public var bytes: [UInt8]
    public var redirects: Int
    public var retrievedAt: Date
}

public enum PageFetching {
    /// Sent with every request: who is asking, so that a site's owner can tell.
    public static let userAgent = "claims/\(ClaimsVersion.current) (fact-checking record; +https://github.com/claims-project/claims)"

    /// Fetches `url` (http or https), following at most 10 redirects.
    ///
    /// - Throws: `ClaimsError.notAWebAddress` for an address that is not http(s), `.invalidURL` for
    ///   one libcurl cannot read, and
    ///   `.pageUnavailable` for every failure of the fetch (DNS, refused, time-out, TLS, an HTTP
    ///   error, too many redirects, too large).
    public static func fetch(_ url: String, limits: FetchLimits = FetchLimits()) throws -> FetchedDocument {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { throw ClaimsError.notAWebAddress(url) }
        var request = FetchRequest(url: url, userAgent: userAgent)
        request.connectTimeout = limits.connectTimeout
        request.totalTimeout = limits.totalTimeout
        request.maxBytes = limits.maxBytes
        let page: FetchedPage
        do {
            page = try PageFetcher.fetch(request)
        } catch .malformedURL {
            throw ClaimsError.invalidURL(url)
        } catch .unsupportedScheme {
            throw ClaimsError.notAWebAddress(url)
        } catch {
            throw ClaimsError.pageUnavailable(url: url, reason: error.description)
        }
        return FetchedDocument(
            requestedURL: url, finalURL: page.finalURL, contentType: page.contentType, bytes: page.body,
            redirects: page.redirects, retrievedAt: page.fetchedAt)
    }

    /// Whether a command-line argument names a web page rather than a file: it starts with a URL
    /// scheme followed by "://".
    public static func isWebAddress(_ argument: String) -> Bool {
        guard let separator = argument.firstRange(of: "://") else { return false }
        let scheme = argument[..<separator.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
