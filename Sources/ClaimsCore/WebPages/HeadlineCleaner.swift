// Headlines without the site's name: "Ministers split on harbour plan | Harbour Gazette" is
// "Ministers split on harbour plan".
internal import HTML

enum HeadlineCleaner {
    /// Separators sites put between a headline and their name, strongest first.
    static let separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " ‹ ", " › ", " ~ ", " / "]
    /// Separators no headline uses inside itself, so a short last part after one is a site name
    /// even when it is not known to be.
    static let siteOnlySeparators: Set<String> = [" | ", " :: ", " · ", " • ", " » "]

    /// The headline without a site name (or section) before or after it. The parts that go are
    /// the outlet, the site's host name, or, after an unambiguous separator, a short tail; when
    /// the page's main heading is one of the parts, that part is the headline.
    static func clean(_ raw: String, outlet: String?, host: String?, heading: String?) -> String {
        var title = Whitespace.collapse(raw)
        for _ in 0..<3 {
            guard let separator = separators.first(where: { title.contains($0) }) else { break }
            let parts = title.components(separatedBy: separator).map { Whitespace.collapse($0) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { break }
            if let heading, let match = parts.first(where: { TextKey.of($0) == TextKey.of(heading) }) {
                return match
            }
            if let last = parts.last, isSiteName(last, outlet: outlet, host: host) {
                title = parts.dropLast().joined(separator: separator)
            } else if let first = parts.first, isSiteName(first, outlet: outlet, host: host) {
                title = parts.dropFirst().joined(separator: separator)
            } else if siteOnlySeparators.contains(separator), let last = parts.last, last.split(separator: " ").count <= 4,
                parts.dropLast().joined().count > last.count * 2
            {
                title = parts.dropLast().joined(separator: separator)
            } else {
                break
            }
        }
        return title
    }

    /// Whether a part of a title names the site: the outlet, or the host without www and domain.
    static func isSiteName(_ part: String, outlet: String?, host: String?) -> Bool {
        let key = TextKey.of(part)
        guard !key.isEmpty else { return false }
        if let outlet {
            let outletKey = TextKey.of(outlet)
            if key == outletKey || (outletKey.count >= 4 && (key.hasPrefix(outletKey) || outletKey.hasPrefix(key)) && key.count <= outletKey.count + 8) {
                return true
            }
        }
        if let host {
            let labels = host.lowercased().split(separator: ".").filter { !["www", "m", "amp", "news", "edition"].contains($0) }
            if let name = labels.first.map(String.init), name.count >= 3, key == TextKey.of(name) || key == TextKey.of(labels.dropLast().joined()) {
                return true
            }
        }
        return false
    }
}
