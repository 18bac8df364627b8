// The one normalisation of article text, and its fingerprint.
import FoundationEssentials
internal import Checksum
import Basics

enum ArticleText {
    /// NFC, "\n" line endings, no trailing spaces, single spaces inside lines, one blank line
    /// between paragraphs, nothing before the first or after the last character.
    static func normalize(_ text: String) -> String {
        // NFC through the standard library (FoundationEssentials has no precomposedString...).
        let composed = String(decoding: text._nfcCodeUnits, as: UTF8.self)
        let unixLines = composed.replacingLineBreaks(with: "\n")
        let lines = unixLines
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ") }
        var result: [String] = []
        for line in lines {
            if line.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    /// SHA-256 of the normalised text's UTF-8 bytes, lowercase hex.
    static func fingerprint(_ normalized: String) -> String {
        SHA256Digest.hash(Array(normalized.utf8)).description
    }
}
