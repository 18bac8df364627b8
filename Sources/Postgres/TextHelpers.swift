// Text helpers that FoundationEssentials leaves out.
//
// The modules linked into the claims binary import FoundationEssentials only. The full Foundation
// (NSString, CoreFoundation's initialisers, the ICU tables) grew the static binary from 32 to 81 MB
// and cost every run of every command 1 to 2.5 ms before it did anything (Docs/performance.md).
import FoundationEssentials

package extension StringProtocol {
    /// Without leading and trailing white space (the Unicode White_Space property: the characters
    /// of Foundation's `.whitespacesAndNewlines`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// The first range of `other`, ignoring case.
    func firstRange(ofIgnoringCase other: String) -> Range<Index>? {
        let needle = other.map { $0.lowercased() }
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start != endIndex {
            var cursor = start
            var matched = 0
            while matched < needle.count, cursor != endIndex, self[cursor].lowercased() == needle[matched] {
                formIndex(after: &cursor)
                matched += 1
            }
            if matched == needle.count { return start..<cursor }
            formIndex(after: &start)
        }
        return nil
    }

    /// Percent-encoded for a URL: every byte except ASCII letters, digits, `-._~` and `extra`.
    func percentEncoded(keeping extra: String = "") -> String {
        let kept = Set(("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + extra).utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in utf8 {
            if kept.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

package extension StringProtocol {
    /// Without leading and trailing characters of `set` (compared as Unicode scalars).
    func trimming(charactersIn set: String) -> String {
        let trimmed = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed.contains($0) }),
            let last = scalars.lastIndex(where: { !trimmed.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
