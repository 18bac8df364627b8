// Fetches one web page over http or https through libcurl, within limits on time, size and
// redirects, and says in words what went wrong when it cannot.
internal import CCurl
import FoundationEssentials

/// What to fetch, and the limits to fetch it within.
public struct FetchRequest: Sendable {
    public var url: String
    /// Seconds to wait for the connection (TCP and TLS).
    public var connectTimeout: Double = 10
    /// Seconds for the whole transfer, redirects included.
    public var totalTimeout: Double = 30
    /// The largest body accepted, in bytes (after decompression).
    public var maxBytes: Int = 10 << 20
    public var maxRedirects: Int = 10
    /// Sent as User-Agent: who is asking, and which version.
    public var userAgent: String

    public init(url: String, userAgent: String) {
        self.url = url
        self.userAgent = userAgent
    }
}

/// A page as the server sent it.
public struct FetchedPage: Sendable {
    public var requestedURL: String
    /// Where the redirects ended.
    public var finalURL: String
    public var status: Int
    /// The Content-Type header of the final response, if any.
    public var contentType: String?
    /// The body, decompressed (gzip, deflate and br are accepted).
    public var body: [UInt8]
    public var redirects: Int
    public var fetchedAt: Date
}

/// Why a page could not be fetched. Each description is one line for people.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case unsupportedScheme(url: String)
    case malformedURL(url: String)
    case hostNotFound(host: String)
    case connectionRefused(host: String)
    case connectTimedOut(seconds: Double)
    case timedOut(seconds: Double)
    case tooManyRedirects(limit: Int)
    case redirectedToUnsupportedScheme
    case tooLarge(limit: Int)
    case httpStatus(code: Int, url: String)
    case certificateNotTrusted(detail: String)
    case tls(detail: String)
    case network(detail: String)

    public var description: String {
        switch self {
        case .unsupportedScheme(let url):
            return "'\(url)' is not an http or https address; claims fetches web pages only"
        case .malformedURL(let url):
            return "'\(url)' is not a web address claims can fetch"
        case .hostNotFound(let host):
            return "the host \(host) was not found (DNS); check the address"
        case .connectionRefused(let host):
            return "\(host) refused the connection; the site may be down"
        case .connectTimedOut(let seconds):
            return "no connection within \(Self.seconds(seconds)); try again, or allow longer with --fetch-connect-timeout"
        case .timedOut(let seconds):
            return "the page did not arrive within \(Self.seconds(seconds)); try again, or allow longer with --fetch-timeout"
        case .tooManyRedirects(let limit):
            return "more than \(limit) redirects (a redirect loop?); give the page's final address"
        case .redirectedToUnsupportedScheme:
            return "the server redirected to an address that is not http or https"
        case .tooLarge(let limit):
            return "the page is larger than \(Self.size(limit)); raise the limit with --max-page-size if it is really one article"
        case .httpStatus(let code, let url):
            return "the server answered \(code) \(Self.reason(code)) for \(url)"
        case .certificateNotTrusted(let detail):
            return "the site's TLS certificate could not be verified (\(detail)); claims does not read pages it cannot authenticate"
        case .tls(let detail):
            return "the TLS connection failed (\(detail))"
        case .network(let detail):
            return "the page could not be fetched: \(detail)"
        }
    }

    static func reason(_ code: Int) -> String {
        switch code {
        case 400: return "(bad request)"
        case 401: return "(login required)"
        case 402: return "(payment required)"
        case 403: return "(forbidden)"
        case 404: return "(not found)"
        case 410: return "(gone: the page was removed)"
        case 429: return "(too many requests: try again later)"
        case 451: return "(unavailable for legal reasons)"
        case 500...599: return "(a server error: try again later)"
        default: return ""
        }
    }

    static func seconds(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e9 ? "\(Int(value)) s" : "\(value) s"
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes >= 1024 ? "\(bytes / 1024) KiB" : "\(bytes) bytes"
    }
}

public enum PageFetcher {
    /// Fetches the page, following at most `maxRedirects` redirects. No cookies are kept, TLS
    /// certificates and host names are verified, and only http and https are spoken, redirects
    /// included. A status of 400 or more is an error.
    public static func fetch(_ request: FetchRequest) throws(FetchError) -> FetchedPage {
        let lower = request.url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw .unsupportedScheme(url: request.url)
        }
        _ = Self.initialise
        let sink = BodySink(limit: request.maxBytes)
        let unmanaged = Unmanaged.passRetained(sink)
        // Declared before the handle, so released after it: libcurl holds the pointer until cleanup.
        defer { unmanaged.release() }
        guard let handle = curl_easy_init() else { throw .network(detail: "libcurl could not start") }
        defer { curl_easy_cleanup(handle) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { errorPointer in
            // The buffer lives only inside this closure: libcurl forgets it before the closure ends.
            defer { claims_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, nil) }
            claims_curl_set_string(handle, CURLOPT_URL, request.url)
            if claims_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK
                || claims_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") != CURLE_OK
            {
                // libcurl before 7.85 has only the bit masks.
                claims_curl_set_long(handle, CURLOPT_PROTOCOLS, Int(CURLPROTO_HTTP | CURLPROTO_HTTPS))
                claims_curl_set_long(handle, CURLOPT_REDIR_PROTOCOLS, Int(CURLPROTO_HTTP | CURLPROTO_HTTPS))
            }
            claims_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
            claims_curl_set_long(handle, CURLOPT_MAXREDIRS, request.maxRedirects)
            claims_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout))
            claims_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.totalTimeout))
            claims_curl_set_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBytes))
            // Every encoding this libcurl decodes (gzip, deflate, br ...), decoded before the sink sees it.
            claims_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            claims_curl_set_string(handle, CURLOPT_USERAGENT, request.userAgent)
            claims_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
            claims_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
            claims_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            claims_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorPointer.baseAddress)
            claims_curl_set_pointer(handle, CURLOPT_WRITEDATA, unmanaged.toOpaque())
            claims_curl_set_write_function(handle) { data, size, count, context in
                guard let data, let context else { return 0 }
                let sink = Unmanaged<BodySink>.fromOpaque(context).takeUnretainedValue()
                return sink.append(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
            }
            return curl_easy_perform(handle)
        }

        let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if code != CURLE_OK {
            throw error(for: code, detail: detail, request: request, sinkOverflowed: sink.overflowed)
        }
        var status = 0
        claims_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var redirects = 0
        claims_curl_get_long(handle, CURLINFO_REDIRECT_COUNT, &redirects)
        var finalPointer: UnsafeMutablePointer<CChar>?
        claims_curl_get_string(handle, CURLINFO_EFFECTIVE_URL, &finalPointer)
        let finalURL = finalPointer.map { String(cString: $0) } ?? request.url
        var typePointer: UnsafeMutablePointer<CChar>?
        claims_curl_get_string(handle, CURLINFO_CONTENT_TYPE, &typePointer)
        // A 3xx here is a redirect without a Location (or a 304): no page came.
        guard (200..<300).contains(status) else { throw .httpStatus(code: status, url: finalURL) }
        let contentType = typePointer.map { String(cString: $0) }.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        return FetchedPage(
            requestedURL: request.url, finalURL: finalURL, status: status, contentType: contentType,
            body: sink.bytes, redirects: redirects, fetchedAt: Date())
    }

    /// A time-out for libcurl, at least 1 ms (0 would mean none) and at most a day.
    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 1 }
        return max(1, Int(min(seconds, 86_400) * 1000))
    }

    /// libcurl's global state, set up once per process before the first handle.
    private static let initialise: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    static func error(for code: CURLcode, detail: String, request: FetchRequest, sinkOverflowed: Bool) -> FetchError {
        let host = URLComponents(string: request.url)?.host ?? request.url
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL:
            // The address given was http(s), so a redirect led elsewhere.
            return .redirectedToUnsupportedScheme
        case CURLE_URL_MALFORMAT:
            return .malformedURL(url: request.url)
        case CURLE_COULDNT_RESOLVE_HOST:
            return .hostNotFound(host: host)
        case CURLE_COULDNT_CONNECT:
            return .connectionRefused(host: host)
        case CURLE_OPERATION_TIMEDOUT:
            return detail.hasPrefix("Connection timed out") || detail.contains("Connection timeout")
                ? .connectTimedOut(seconds: request.connectTimeout) : .timedOut(seconds: request.totalTimeout)
        case CURLE_TOO_MANY_REDIRECTS:
            return .tooManyRedirects(limit: request.maxRedirects)
        case CURLE_FILESIZE_EXCEEDED:
            return .tooLarge(limit: request.maxBytes)
        case CURLE_WRITE_ERROR where sinkOverflowed:
            return .tooLarge(limit: request.maxBytes)
        case CURLE_PEER_FAILED_VERIFICATION:
            return .certificateNotTrusted(detail: detail.isEmpty ? "unknown issuer" : detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR:
            return .tls(detail: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        default:
            return .network(detail: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
    }
}

/// Collects a response body, refusing it once it passes the limit (a server may send more than
/// its Content-Length said, or none at all).
final class BodySink {
    let limit: Int
    var bytes: [UInt8] = []
    var overflowed = false

    init(limit: Int) {
        self.limit = limit
    }

    func append(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count + chunk.count <= limit else {
            overflowed = true
            return false
        }
        bytes.append(contentsOf: chunk)
        return true
    }
}
