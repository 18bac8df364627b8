// Stage 1b of extraction: the dateline and byline that open a story ("LONDON, Dec 10 (Reuters) -",
// "MOSCOW, December 25. /TASS/.", "By Ana Ruiz"), kept out of sentences and speakers; the outlet a
// dateline credits is kept for the work on independent sources.

enum Datelines {
    struct Found {
        /// Tokens that belong to the dateline or byline.
        var tokens: Set<Int> = []
        /// "Reuters", "TASS": the agency the dateline credits.
        var credit: String?
    }

    static func find(_ article: ArticleTokens) -> Found {
        var found = Found()
        let tokens = article.tokens
        for paragraph in article.paragraphs {
            // A live blog's entries open with their time: "17:55 BST —", "09:10:".
            if let end = timestamp(paragraph, tokens) { found.tokens.formUnion(paragraph.lowerBound..<end) }
        }
        for paragraph in article.paragraphs.prefix(3) {
            // A byline paragraph: "By Ana Ruiz and Tom Okafor" (short, no full stop of a sentence).
            if let first = paragraph.first, tokens[first].lower == "by", paragraph.count <= 12,
                !tokens[paragraph].contains(where: { [".", "!", "?"].contains($0.text) && $0.spaceAfter })
            {
                found.tokens.formUnion(paragraph)
                continue
            }
            if let (end, credit) = dateline(paragraph, tokens) {
                found.tokens.formUnion(paragraph.lowerBound..<end)
                found.credit = credit
                break
            }
            if paragraph.count > 12 { break }
        }
        return found
    }

    /// A live blog's time opening a paragraph: "17:55 BST —", "9.58pm —", "16h30 —", "[6:05 a.m.]".
    /// Returns where it ends.
    static func timestamp(_ paragraph: Range<Int>, _ tokens: [Token]) -> Int? {
        var index = paragraph.lowerBound
        let bracketed = index < paragraph.upperBound && tokens[index].text == "["
        if bracketed { index += 1 }
        guard index + 1 < paragraph.upperBound else { return nil }
        func isDigits(_ text: Substring, _ counts: ClosedRange<Int>) -> Bool { counts.contains(text.count) && text.allSatisfy(\.isNumber) }
        func minutes(_ text: String) -> Bool {
            // "30", "58pm"
            let lower = text.lowercased()
            let digits = lower.hasSuffix("am") || lower.hasSuffix("pm") ? lower.dropLast(2) : Substring(lower)
            return isDigits(digits, 2...2)
        }
        let first = tokens[index].text
        if let h = first.firstIndex(where: { ["h", "H", ".", ":"].contains($0) }), isDigits(first[..<h], 1...2), minutes(String(first[first.index(after: h)...])) {
            index += 1  // "16h30", "9.58pm"
        } else if isDigits(Substring(first), 1...2), index + 2 < paragraph.upperBound, [":", "."].contains(tokens[index + 1].text), minutes(tokens[index + 2].text) {
            index += 3
        } else {
            return nil
        }
        // "am", "p.m.", then a zone: BST, CEST, GMT, ET.
        if index < paragraph.upperBound, ["am", "pm", "a.m", "p.m"].contains(tokens[index].lower) {
            index += 1
            if index < paragraph.upperBound, tokens[index].text == "." { index += 1 }
        }
        if index < paragraph.upperBound, tokens[index].isWord, tokens[index].text.count <= 5, tokens[index].text == tokens[index].text.uppercased(),
            tokens[index].text.allSatisfy(\.isLetter)
        {
            index += 1
        }
        if bracketed {
            guard index < paragraph.upperBound, tokens[index].text == "]" else { return nil }
            index += 1
            if index < paragraph.upperBound, ["—", "–", "-", ":", "|"].contains(tokens[index].text) { index += 1 }
            return index
        }
        guard index < paragraph.upperBound, ["—", "–", "-", ":", "|"].contains(tokens[index].text) else { return nil }
        return index + 1
    }

    /// "PLACE[, Region][,] DATE[.] [(Agency)| /Agency/.] -|—|." at the start of a paragraph: where
    /// it ends, and the agency.
    static func dateline(_ paragraph: Range<Int>, _ tokens: [Token]) -> (Int, String?)? {
        var index = paragraph.lowerBound
        var placeWords = 0
        while index < paragraph.upperBound, tokens[index].isCapitalized, placeWords < 4 {
            index += 1
            placeWords += 1
            if index < paragraph.upperBound, tokens[index].text == ",", index + 1 < paragraph.upperBound, tokens[index + 1].isCapitalized,
                DateText.month(tokens[index + 1].text) == nil
            {
                index += 1  // "KANSAS CITY, Mo."
            }
        }
        guard placeWords > 0 else { return nil }
        var placeIsCaps = tokens[paragraph.lowerBound..<index].filter(\.isWord).allSatisfy { $0.text == $0.text.uppercased() }
        // "SOLLVIK, Sweden —": the town in capitals, the country as printed, then a dash.
        if !placeIsCaps, let comma = tokens[paragraph.lowerBound..<index].firstIndex(where: { $0.text == "," }), comma > paragraph.lowerBound,
            tokens[paragraph.lowerBound..<comma].allSatisfy({ $0.text == $0.text.uppercased() && $0.text.count > 1 }),
            index < paragraph.upperBound, ["—", "–"].contains(tokens[index].text)
        {
            placeIsCaps = true
        }
        if index < paragraph.upperBound, tokens[index].text == "," { index += 1 }
        // The date: "Dec 10", "December 25", "Dec. 10".
        var sawDate = false
        if index + 1 < paragraph.upperBound, DateText.month(tokens[index].text) != nil {
            var cursor = index + 1
            if cursor < paragraph.upperBound, tokens[cursor].text == "." { cursor += 1 }
            if cursor < paragraph.upperBound, tokens[cursor].text.allSatisfy(\.isNumber) {
                index = cursor + 1
                sawDate = true
            }
        }
        // "March 4, 2026": a release's dateline has the year.
        if sawDate, index + 1 < paragraph.upperBound, tokens[index].text == ",", tokens[index + 1].text.count == 4, tokens[index + 1].text.allSatisfy(\.isNumber) {
            index += 2
        }
        guard sawDate || placeIsCaps else { return nil }
        var credit: String?
        if index < paragraph.upperBound, tokens[index].text == "." { index += 1 }
        // "(Reuters)" or "/TASS/"
        if index < paragraph.upperBound, tokens[index].text == "(" || tokens[index].text == "/" {
            let close = tokens[index].text == "(" ? ")" : "/"
            if let end = (index + 1..<min(paragraph.upperBound, index + 8)).first(where: { tokens[$0].text == close }) {
                credit = tokens[(index + 1)..<end].map(\.text).joined(separator: " ")
                index = end + 1
            }
        }
        // "NINA HALE, PRESENTER:" in capitals with no date is a transcript's speaker, not a place.
        if index < paragraph.upperBound, tokens[index].text == ":", !sawDate, credit == nil { return nil }
        if index < paragraph.upperBound, [".", "-", "—", "–", ":", "--"].contains(tokens[index].text) {
            // "/GlobeNordic Newswire/ --": a wire release's double dash.
            var end = index + 1
            while end < paragraph.upperBound, ["-", "--"].contains(tokens[end].text) { end += 1 }
            return (end, credit)
        }
        return credit != nil || placeIsCaps && sawDate ? (index, credit) : nil
    }
}
