// Metadata read from what a reader sees when the markup says nothing: the date and byline under
// the headline, the site's name beside the headline in the title, the copyright line.
internal import HTML
import Basics

enum VisibleFacts {
    /// How many lines after the headline the byline and date are looked for.
    static let bylineWindow = 60
    /// Path words of links to a writer's page.
    static let authorPathWords = [
        "/author/", "/authors/", "/autor/", "/autores/", "/auteur/", "/auteurs/", "/autore/", "/muhabir/", "/yazar/",
        "/journalist/", "/journalists/", "/reporter/", "/reporters/", "/staff/", "/people/", "/profile/", "/contributors/",
        "/contributor/", "/byline/", "/writers/", "/redakteur/",
    ]

    /// The element whose whole text is the headline (a `<font class="headline">` on an old site).
    ///
    /// Linear in the page: only text nodes that are part of the headline are climbed from, and
    /// only through ancestors whose text is not much longer than the headline.
    static func element(showing headline: String, _ document: HTMLDocument) -> HTMLDocument.NodeID? {
        let key = TextKey.of(headline)
        guard key.count >= 8, let body = document.first("body") else { return nil }
        let lengths = BodyExtractor.textLengths(document, removed: [Bool](repeating: false, count: document.nodeCount))
        let limit = headline.count * 2 + 40
        for node in document.descendants(of: body) where document.kind(node) == .text && lengths[node] <= limit {
            let own = TextKey.of(document.text(node))
            guard own.count >= key.count / 2, key.contains(own), var candidate = document.parent(node) else { continue }
            // Climb while the ancestor's text is still just the headline.
            while let up = document.parent(candidate), lengths[up] <= limit, TextKey.of(document.textContent(up)) == key {
                candidate = up
            }
            if lengths[candidate] <= limit, TextKey.of(document.textContent(candidate)) == key { return candidate }
        }
        return nil
    }

    /// A date written out and the writers named in the lines after the headline: "By Ana Ruiz",
    /// "Posted on December 8, 2021", a link to a writer's page.
    static func byline(after anchor: HTMLDocument.NodeID, _ document: HTMLDocument) -> (date: PageDate?, authors: [String]) {
        var date: PageDate?
        var authors: [String] = []
        var linked: [String] = []
        var seen = 0
        var node = document.end(of: anchor)
        while node < document.nodeCount, seen < bylineWindow, date == nil || authors.isEmpty {
            defer { node += 1 }
            guard document.kind(node) == .text else { continue }
            let text = Whitespace.collapse(document.text(node))
            guard !text.isEmpty else { continue }
            seen += 1
            if date == nil, text.count <= 120, let day = DateText.words(text) {
                date = PageDate(day: day, written: text)
            }
            guard authors.isEmpty, text.count <= 100 else { continue }
            if BlockFilter.isByline(text), let by = text.firstIndex(of: " ") {
                authors = AuthorNames.split(String(text[by...]))
            } else if let link = enclosingLink(node, document), let href = document.attribute("href", of: link)?.lowercased(),
                document.attribute("rel", of: link)?.lowercased() == "author" || authorPathWords.contains(where: { href.contains($0) }),
                (2...5).contains(text.split(separator: " ").count), text.first?.isUppercase == true
            {
                linked.append(text)
            } else if !linked.isEmpty {
                authors = linked
            }
        }
        if authors.isEmpty { authors = linked }
        return (date, AuthorNames.unique(authors))
    }

    static func enclosingLink(_ node: HTMLDocument.NodeID, _ document: HTMLDocument) -> HTMLDocument.NodeID? {
        var current = document.parent(node)
        for _ in 0..<3 {
            guard let element = current else { return nil }
            if document.isElement(element, "a") { return element }
            current = document.parent(element)
        }
        return nil
    }

    /// The site's name in a title "Headline | Site" or "Site - Headline": the short part beside
    /// the one that is the headline (the metadata's, or one the page shows as a line of its own).
    static func siteName(in title: String, headline: String?, document: HTMLDocument) -> String? {
        // The strongest separator the title has, only: each try reads the page.
        if let separator = HeadlineCleaner.separators.first(where: { title.contains($0) }) {
            let parts = title.components(separatedBy: separator).map { Whitespace.collapse($0) }.filter { !$0.isEmpty }
            guard parts.count == 2 else { return nil }
            for (headlinePart, sitePart) in [(parts[0], parts[1]), (parts[1], parts[0])] {
                guard sitePart.split(separator: " ").count <= 6, sitePart.count < headlinePart.count else { continue }
                let shown = headline.map { TextKey.of($0) == TextKey.of(headlinePart) } ?? false
                if shown || element(showing: headlinePart, document) != nil { return sitePart }
            }
        }
        return nil
    }

    /// "© 2024 Kıyı Postası. Tüm hakları saklıdır." -> "Kıyı Postası".
    static func copyrightHolder(_ document: HTMLDocument) -> String? {
        guard let body = document.first("body") else { return nil }
        for node in document.descendants(of: body).reversed() where document.kind(node) == .text {
            let text = Whitespace.collapse(document.text(node))
            guard text.count <= 200, let mark = text.firstRange(of: "©") ?? text.firstRange(of: "(c) ") ?? text.firstRange(of: "Copyright ") else { continue }
            var words = text[mark.upperBound...].split(separator: " ").map(String.init)
            while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," || $0 == "©" }) || first.lowercased() == "copyright" {
                words.removeFirst()
            }
            var name: [String] = []
            for word in words {
                let trimmed = word.trimmingCharacters(in: ".,;|")
                name.append(trimmed)
                if word.last == "." || word.last == "," || word.last == "|" || word.last == ";" || name.count >= 6 { break }
            }
            let holder = name.joined(separator: " ").trimmingWhitespace()
            if holder.count >= 3, let first = holder.first, first.isLetter, first.isUppercase || !first.isCased {
                return holder
            }
        }
        return nil
    }

    /// The text just before an element, in its parent ("Updated:" before a <time>).
    static func textBefore(_ node: HTMLDocument.NodeID, _ document: HTMLDocument) -> String {
        guard node > 1 else { return "" }
        var index = node - 1
        var scanned = 0
        while index > 0, scanned < 4 {
            if document.kind(index) == .text {
                let text = Whitespace.collapse(document.text(index))
                if !text.isEmpty { return text }
            }
            index -= 1
            scanned += 1
        }
        return ""
    }
}

extension Character {
    var isCased: Bool { isUppercase || isLowercase }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
