// "Did you mean ...?": the one nearest name to a mistyped word, or none.

enum Suggestion {
    /// The candidate a mistyped `word` most likely meant: the nearest by edit distance (a swap of
    /// two neighbouring letters counts as one edit, so `lsit` is one from `list`), within one edit
    /// for words of up to four letters and two for longer ones, or else the only candidate `word`
    /// begins. Nil when nothing is that close, or when two candidates are equally close: a wrong
    /// suggestion teaches the wrong command.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = typed.count <= 4 ? 1 : 2
        let scored = candidates.map { ($0, distance(typed, Array($0.lowercased()))) }.filter { $0.1 <= limit }
        if let best = scored.map(\.1).min() {
            let nearest = scored.filter { $0.1 == best }
            return nearest.count == 1 ? nearest[0].0 : nil
        }
        let extensions = candidates.filter { typed.count >= 3 && $0.lowercased().hasPrefix(word.lowercased()) }
        return extensions.count == 1 ? extensions[0] : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and transpositions
    /// of neighbours, each one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
