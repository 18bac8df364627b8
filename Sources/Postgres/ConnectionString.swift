// A libpq connection string (key=value or postgresql:// URL), parsed by libpq itself.
import CLibPQ
import FoundationEssentials
import Basics

/// Connection settings in either of libpq's forms, `host=db dbname=claims` or
/// `postgresql://user@db/claims?sslmode=require`.
///
/// libpq parses it (`PQconninfoParse`), so every keyword psql accepts works here. Settings the
/// string leaves out are filled in by libpq from PG* variables, service files and .pgpass when
/// connecting. `description` is safe to show: passwords are replaced by `****`.
public struct ConnectionString: Sendable, Equatable, CustomStringConvertible {
    /// The keywords the string sets, in libpq's order.
    public let options: [(keyword: String, value: String)]
    private let original: String

    /// An empty string: libpq takes everything from the environment.
    public static let environment = ConnectionString(validated: "", options: [])

    /// - Throws: `ConnectionStringError` when libpq cannot parse `text`.
    public init(_ text: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(text, &errorMessage) else {
            let message = errorMessage.map { String(cString: $0) } ?? "out of memory"
            PQfreemem(errorMessage)
            throw ConnectionStringError(message: message.trimmingWhitespace())
        }
        defer { PQconninfoFree(parsed) }
        var options: [(String, String)] = []
        var cursor = parsed
        while let keyword = cursor.pointee.keyword {
            if let value = cursor.pointee.val {
                options.append((String(cString: keyword), String(cString: value)))
            }
            cursor += 1
        }
        self.init(validated: text, options: options)
    }

    private init(validated text: String, options: [(String, String)]) {
        self.original = text
        self.options = options
    }

    /// Builds a string from keywords, quoting values as libpq requires.
    public init(keywords: [(String, String)]) {
        let text = keywords.map { "\($0.0)=\(ConnectionString.quote($0.1))" }.joined(separator: " ")
        self.init(validated: text, options: keywords)
    }

    public func value(for keyword: String) -> String? {
        options.last(where: { $0.keyword == keyword })?.value
    }

    /// The same settings with one keyword replaced (or added), e.g. another `dbname`.
    public func setting(_ keyword: String, to value: String) -> ConnectionString {
        var keywords = options.filter { $0.keyword != keyword }.map { ($0.keyword, $0.value) }
        keywords.append((keyword, value))
        return ConnectionString(keywords: keywords)
    }

    /// The full text, secrets included: for handing to libpq or to a child process, never for display.
    public var unredacted: String { original }

    /// The text with passwords masked.
    public var description: String { ConnectionString.redact(original) }

    public static func == (lhs: ConnectionString, rhs: ConnectionString) -> Bool {
        lhs.original == rhs.original
    }

    static let secretKeywords: Set<String> = ["password", "sslpassword"]

    /// Masks the password in a URL's user info, and `password=` / `sslpassword=` anywhere.
    public static func redact(_ text: String) -> String {
        var result = text
        if let schemeEnd = result.firstRange(of: "://"),
            result.lowercased().hasPrefix("postgres")
        {
            let authorityStart = schemeEnd.upperBound
            let authorityEnd =
                result[authorityStart...].firstIndex(where: { $0 == "/" || $0 == "?" }) ?? result.endIndex
            if let at = result[authorityStart..<authorityEnd].lastIndex(of: "@"),
                let colon = result[authorityStart..<at].firstIndex(of: ":")
            {
                result.replaceSubrange(result.index(after: colon)..<at, with: "****")
            }
        }
        for keyword in secretKeywords {
            result = maskValues(of: keyword, in: result)
        }
        return result
    }

    private static func maskValues(of keyword: String, in text: String) -> String {
        var result = ""
        var rest = text[...]
        while let match = rest.firstRange(ofIgnoringCase: keyword + "=") {
            let isWordStart =
                match.lowerBound == rest.startIndex
                || [" ", "?", "&", "\t"].contains(rest[rest.index(before: match.lowerBound)])
            result += rest[..<match.upperBound]
            rest = rest[match.upperBound...]
            guard isWordStart else { continue }
            // The value ends at whitespace or '&', or at the closing quote of a quoted value.
            var end = rest.startIndex
            if rest.first == "'" {
                end = rest.index(after: end)
                while end < rest.endIndex, rest[end] != "'" {
                    if rest[end] == "\\" { end = rest.index(after: end) }
                    if end < rest.endIndex { end = rest.index(after: end) }
                }
                if end < rest.endIndex { end = rest.index(after: end) }
            } else {
                while end < rest.endIndex, !rest[end].isWhitespace, rest[end] != "&" {
                    end = rest.index(after: end)
                }
            }
            result += "****"
            rest = rest[end...]
        }
        return result + rest
    }

    /// Quotes a value for key=value syntax when it is empty or has spaces, quotes or backslashes.
    static func quote(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\\" })
        guard needsQuotes else { return value }
        return "'" + value.replacingScalars("\\", with: "\\\\").replacingScalars("'", with: "\\'") + "'"
    }
}

/// A connection string libpq could not parse.
public struct ConnectionStringError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String {
        "invalid connection string: \(ConnectionString.redact(message))"
    }
}
