// A quote that is not one run of the text: split around its attribution (“We will not,” she
// said, “give up.”) or running over paragraphs, each opening with a mark again. The pieces must
// come in order, on word boundaries, and each gap must be a closed quotation, a short stretch (an
// attribution), and an opening mark again — or, between paragraphs, nothing but the opening mark —
// so that words left out of a quotation are never bridged.

extension QuoteMatcher {
    /// The longest stretch of text between two pieces, in folded code points.
    static let longestGap = 120
    /// At most this many pieces (a quotation over several paragraphs has one per paragraph).
    static let mostPieces = 12

    /// Where the folded `needle` lies in the folded `hay` as pieces in order with such gaps between
    /// (the range runs from the first piece's start to the last piece's end). `startingAt` pins
    /// the first piece's start.
    static func findInPieces(_ needle: String, in hay: [Unicode.Scalar], startingAt: Int? = nil) -> Range<Int>? {
        let words = needle.split(separator: " ").map { Array($0.unicodeScalars) }
        guard words.count >= 2, !hay.isEmpty else { return nil }
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        func isMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "\"" || scalar == "'" }
        func joined(_ range: Range<Int>) -> [Unicode.Scalar] {
            Array(words[range].joined(separator: [" "]))
        }
        func starts(of piece: [Unicode.Scalar], in window: Range<Int>) -> [Int] {
            guard !piece.isEmpty, window.upperBound - window.lowerBound >= piece.count else { return [] }
            return (window.lowerBound...(window.upperBound - piece.count)).filter { start in
                (start == 0 || !isWordScalar(hay[start - 1])) && (start + piece.count == hay.count || !isWordScalar(hay[start + piece.count]))
                    && hay[start..<(start + piece.count)].elementsEqual(piece)
            }
        }
        /// `,” she said, “` or, between paragraphs, `, “`: an opening mark at the end, and before
        /// it either no words at all or a closing mark first.
        func isGap(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let last = gap.lastIndex(where: { $0 != " " }), isMark(gap[last]) else { return false }
            if !gap[gap.startIndex..<last].contains(where: isWordScalar) { return true }
            guard let first = gap.firstIndex(where: { !",.;:!?…".unicodeScalars.contains($0) }) else { return false }
            return isMark(gap[first]) && first < last
        }
        var failed: Set<Int> = []
        // The rest of the words, from `word`, after the gap that follows `position`.
        func rest(from word: Int, after position: Int, pieces: Int) -> Int? {
            if word == words.count { return position }
            guard pieces < mostPieces, !failed.contains(word * (hay.count + 1) + position) else { return nil }
            for count in stride(from: words.count - word, through: 1, by: -1) {
                let piece = joined(word..<(word + count))
                let window = position..<min(hay.count, position + longestGap + piece.count)
                for start in starts(of: piece, in: window) where start > position && isGap(hay[position..<start]) {
                    if let end = rest(from: word + count, after: start + piece.count, pieces: pieces + 1) { return end }
                }
            }
            failed.insert(word * (hay.count + 1) + position)
            return nil
        }
        // The first piece: at least two words, or the quote's only long word.
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            let piece = joined(0..<count)
            guard count >= 2 || piece.count >= 6 else { continue }
            let window = startingAt.map { $0..<min(hay.count, $0 + piece.count) } ?? 0..<hay.count
            for start in starts(of: piece, in: window) {
                if let end = rest(from: count, after: start + piece.count, pieces: 1) { return start..<end }
            }
        }
        return nil
    }
}
