// How a statement's words change from report to report: a word-level diff of one wording against
// another (what was left out, added and changed) and a similarity figure.
import Basics

/// A run of words one wording has where the other has different ones.
public struct WordChange: Sendable, Equatable {
    public var from: String
    public var to: String
}

/// One wording measured against an earlier one.
public struct QuoteDrift: Sendable, Equatable {
    /// Words of the earlier wording that are gone, in order.
    public var removed: [String] = []
    /// Words the later wording adds, in order.
    public var added: [String] = []
    /// Words replaced by others, word for word ("can" → "will"), or as runs when the runs differ in
    /// length ("will be used" → "serves").
    public var changed: [WordChange] = []
    /// 2 × the words in common ÷ the words in both (1 when the same words in the same order);
    /// case, accents and punctuation do not count.
    public var similarity: Double = 1

    /// Below this similarity a quotation has drifted: about one word in ten is different. Chosen
    /// so that a translation's or a sub-editor's small changes (one word in a 15-word quote gives
    /// 0.93) are shown but not flagged, and a changed clause is.
    public static let threshold = 0.9

    public var drifted: Bool { similarity < Self.threshold }
    public var isEmpty: Bool { removed.isEmpty && added.isEmpty && changed.isEmpty }

    public init(removed: [String] = [], added: [String] = [], changed: [WordChange] = [], similarity: Double = 1) {
        self.removed = removed
        self.added = added
        self.changed = changed
        self.similarity = similarity
    }

    /// `later` against `earlier`, word by word (a longest common subsequence of their words).
    public static func between(_ earlier: String, _ later: String) -> QuoteDrift {
        let a = words(earlier)
        let b = words(later)
        let keysA = a.map(key)
        let keysB = b.map(key)
        guard !a.isEmpty || !b.isEmpty else { return QuoteDrift() }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        let columns = b.count + 1
        var lengths = [Int](repeating: 0, count: (a.count + 1) * columns)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = keysA[i] == keysB[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var drift = QuoteDrift(similarity: 2 * Double(lengths[0]) / Double(a.count + b.count))
        var gone: [String] = []
        var new: [String] = []
        // A gap between two common words: what only one side has is removed or added; what both
        // have is a change, word for word when the two runs are as long.
        func closeGap() {
            if !gone.isEmpty, gone.count == new.count {
                drift.changed += zip(gone, new).map { WordChange(from: $0, to: $1) }
            } else if !gone.isEmpty, !new.isEmpty {
                drift.changed.append(WordChange(from: gone.joined(separator: " "), to: new.joined(separator: " ")))
            } else {
                drift.removed += gone
                drift.added += new
            }
            gone = []
            new = []
        }
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, keysA[i] == keysB[j] {
                closeGap()
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1]) {
                gone.append(a[i])
                i += 1
            } else {
                new.append(b[j])
                j += 1
            }
        }
        closeGap()
        return drift
    }

    /// The words of a text as printed, without the punctuation around them (also what a text's
    /// signature is made of).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { word in
            guard let first = word.firstIndex(where: { $0.isLetter || $0.isNumber }),
                let last = word.lastIndex(where: { $0.isLetter || $0.isNumber })
            else { return nil }
            return String(word[first...last])
        }
    }

    /// What two words must share to be the same word.
    static func key(_ word: String) -> String {
        NameFolding.key(word)
    }
}
