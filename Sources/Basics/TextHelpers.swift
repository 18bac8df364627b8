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

    /// The first range of ASCII `other`, ignoring ASCII case, compared scalar by scalar.
    func firstRange(ofIgnoringCase other: String) -> Range<Index>? {
        let needle = other.unicodeScalars.map { Self.asciiLowercase($0) }
        guard !needle.isEmpty else { return nil }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        while start != scalars.endIndex {
            var cursor = start
            var matched = 0
            while matched < needle.count, cursor != scalars.endIndex, Self.asciiLowercase(scalars[cursor]) == needle[matched] {
                scalars.formIndex(after: &cursor)
                matched += 1
            }
            if matched == needle.count { return start..<cursor }
            scalars.formIndex(after: &start)
        }
        return nil
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// Every occurrence of `target` as `replacement`, compared scalar by scalar as NSString did.
    /// String's own `replacing` compares Characters, and a quotation mark followed by a combining
    /// accent is one Character: it would slip through quoting and escaping.
    func replacingScalars(_ target: String, with replacement: String) -> String {
        let needle = Array(target.unicodeScalars)
        guard let first = needle.first else { return String(self) }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == first, index + needle.count <= scalars.count,
                scalars[index..<index + needle.count].elementsEqual(needle)
            {
                result.append(contentsOf: replacement.unicodeScalars)
                index += needle.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
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

package extension StringProtocol {
    /// Every line break ("\r\n", a lone "\r" or "\n") as `replacement`, scalar by scalar. String's
    /// own `replacing` compares Characters, and "\r\n" is one Character: it let "\r\r\n" through.
    func replacingLineBreaks(with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            if scalar == "\n", afterCarriageReturn { continue }
            if scalar == "\r" || scalar == "\n" {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
