/// Names folded for comparison: lower case, no accents, single spaces.
enum NameFolding {
    static func key(_ text: String) -> String {
        let folded = withoutDiacritics(text.lowercased())
        // Most names are already single-spaced ASCII words: no need to split and join them.
        let bytes = folded.utf8
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }), !folded.contains("  "), bytes.first != 0x20, bytes.last != 0x20 {
            return folded
        }
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` without accents and other marks: a Latin letter with marks becomes the letter its
    /// Unicode name starts from ("LATIN SMALL LETTER G WITH BREVE" is g), combining marks go.
    static func withoutDiacritics(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let name = scalar.properties.name, let letter = latinBase(name) {
                folded.append(letter)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    static func latinBase(_ name: String) -> Unicode.Scalar? {
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let with = rest.firstRange(of: " WITH "), rest.distance(from: rest.startIndex, to: with.lowerBound) == 1,
                let letter = rest.first?.lowercased().unicodeScalars.first
            else { return nil }
            return letter
        }
        return nil
    }
}
