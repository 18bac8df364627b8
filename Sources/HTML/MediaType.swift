// A Content-Type value ("text/html; charset=UTF-8"), and what kind of document it names.

public struct MediaType: Sendable, Equatable {
    /// "text/html", lower case; empty when the value was empty.
    public var essence: String
    public var charset: String?

    public init(_ value: String) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        essence = parts.first.map { String($0).trimmingSpacesAndQuotes().lowercased() } ?? ""
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingSpacesAndQuotes().lowercased() == "charset" else { continue }
            let value = String(pair[1]).trimmingSpacesAndQuotes()
            if !value.isEmpty { charset = value }
        }
    }

    public var isHTML: Bool {
        essence == "text/html" || essence == "application/xhtml+xml" || essence == "application/vnd.wap.xhtml+xml"
    }

    public var isPlainText: Bool { essence == "text/plain" }

    /// What a person would call a document of this type: "a PDF", "an image (image/png)".
    public var kindForPeople: String {
        switch essence {
        case "application/pdf": return "a PDF"
        case "application/json", "application/ld+json": return "JSON"
        case "application/xml", "text/xml", "application/rss+xml", "application/atom+xml": return "an XML feed or document"
        case "application/zip", "application/gzip", "application/x-gzip": return "an archive (\(essence))"
        case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": return "a Word document"
        case "": return "a document of no stated type"
        default:
            if essence.hasPrefix("image/") { return "an image (\(essence))" }
            if essence.hasPrefix("video/") { return "a video (\(essence))" }
            if essence.hasPrefix("audio/") { return "audio (\(essence))" }
            return essence
        }
    }
}

/// Whether bytes are an HTML document, judged by their content as browsers do when no type is
/// given (the HTML standard's MIME sniffing patterns), not by a file name.
public enum MarkupSniffer {
    /// The tag openings that mark HTML when they come first (after white space and a byte-order mark).
    static let openings = [
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a",
        "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<meta", "<link", "<section", "<article",
        "<main", "<header", "<nav", "<span", "<ul", "<noscript",
    ]

    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[start]) { start += 1 }
        // `<?xml ...?>` before an XHTML document.
        if bytes[start...].starts(with: Array("<?xml".utf8)) {
            let head = String(decoding: bytes[start..<min(bytes.count, start + 1024)], as: UTF8.self).lowercased()
            return head.contains("<html") || head.contains("xhtml")
        }
        for opening in openings {
            let pattern = Array(opening.utf8)
            guard start + pattern.count < bytes.count else { continue }
            var matches = true
            for (offset, byte) in pattern.enumerated() {
                let actual = bytes[start + offset]
                let folded = (actual >= 0x41 && actual <= 0x5A) ? actual | 0x20 : actual
                if folded != byte {
                    matches = false
                    break
                }
            }
            // The tag name must end there: "<b>" is HTML, "<bogus" is not.
            let next = bytes[start + pattern.count]
            if matches, opening == "<!--" || next == 0x20 || next == 0x3E || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x2F {
                return true
            }
        }
        return false
    }
}
