// Finds the article in a page and returns its paragraphs, in named phases as Readability.js's
// _grabArticle runs them: drop what is never article text, score the text blocks, carry the
// scores to their containers, pick the best container, gather its siblings, and clean up.
internal import HTML

/// The article body a page holds, or why it seems to hold none.
struct ExtractedBody: Equatable {
    var paragraphs: [String]
    /// Nil when the page has an article body; otherwise why not, in words for the refusal.
    var notAnArticle: String?
    /// Refused for too little text (not for being a page of links).
    var isShort = false

    var wordCount: Int { paragraphs.reduce(0) { $0 + WordCount.of($1) } }
    var characterCount: Int { paragraphs.reduce(0) { $0 + $1.count } }
}

enum BodyExtractor {
    /// A block shorter than this (in characters) adds nothing to its container's score.
    static let minimumScoredLength = 25
    /// How far up a block's score travels, and how much of it each level gets.
    static let scoreDividers: [Double] = [1, 2, 6, 9, 12]
    /// A furniture-named container keeps its place when it holds this share of the page's text.
    static let majorityShare = 0.4
    /// Fewer words than this and the page has no article to speak of (a login wall, a teaser).
    static let minimumWords = 40
    /// Link-headings that make a page an index of other articles (a section front).
    static let indexHeadingCount = 5
    /// A `<p>` this long (in characters) is kept whatever its class says.
    static let longParagraph = 200

    struct Hints {
        /// The headline the metadata found, to recognise the page's main `<h1>`.
        var headline: String?
        /// Whether the page calls itself an article (JSON-LD article type, og:type article).
        var declaresArticle: Bool
        /// Whether the page calls itself a list of other pages (CollectionPage, og:type website).
        var declaresIndex: Bool
        var description: String?
        var authors: [String] = []
        var outlet: String?
    }

    /// Which hints a pass goes by: all of them, or (Readability's retry) all but the weaker class
    /// and id names (header, meta, sidebar, teaser ...; comments, share, cookie and the like stay).
    enum Pass {
        case full, withoutNames
    }

    /// A first pass that finds less text than this (in characters) is run again without the weak
    /// class and id hints, in case they removed the article itself; the longer result wins.
    static let retryBelow = 500

    static func extract(_ document: HTMLDocument, hints: Hints) -> ExtractedBody {
        let body = document.first("body") ?? HTMLDocument.root
        let mainHeading = mainHeading(in: document, headline: hints.headline)
        let hidden = unreadable(document)
        let rawLengths = textLengths(document, removed: hidden)
        func attempt(_ pass: Pass) -> ExtractedBody {
            let removed = prune(document, body: body, unreadable: hidden, rawLengths: rawLengths, mainHeading: mainHeading, pass: pass)
            return extract(document, body: body, removed: removed, mainHeading: mainHeading, hints: hints)
        }
        let first = attempt(.full)
        guard first.notAnArticle == nil || first.isShort, first.characterCount < retryBelow else { return first }
        let second = attempt(.withoutNames)
        return second.notAnArticle == nil && second.wordCount >= 2 * max(first.wordCount, minimumWords / 2) ? second : first
    }

    /// One pass over the pruned tree: blocks, scores, the chosen container, the clean-up.
    static func extract(
        _ document: HTMLDocument, body: HTMLDocument.NodeID, removed: [Bool], mainHeading: HTMLDocument.NodeID?, hints: Hints
    ) -> ExtractedBody {
        let blocks = BlockWriter.blocks(in: body, document: document, removed: removed)
        guard !blocks.isEmpty else {
            return ExtractedBody(paragraphs: [], notAnArticle: "the page has no text", isShort: true)
        }
        let scores = score(blocks, document: document, removed: removed)
        let chosen = choose(scores: scores, blocks: blocks, document: document, body: body)
        let chosenSet = Set(chosen)
        let selected = blocks.filter { block in
            var node: HTMLDocument.NodeID? = block.owner
            while let current = node {
                if chosenSet.contains(current) { return true }
                node = document.parent(current)
            }
            return false
        }

        if let reason = indexPageReason(selected, document: document, hints: hints) {
            return ExtractedBody(paragraphs: [], notAnArticle: reason)
        }
        let context = BlockFilter.Context(
            headline: mainHeading.map(document.textContent) ?? hints.headline, description: hints.description,
            authors: hints.authors, outlet: hints.outlet, mainHeading: mainHeading)
        let paragraphs = BlockFilter.clean(selected, context: context, document: document)
        let result = ExtractedBody(paragraphs: paragraphs, notAnArticle: nil)
        if result.wordCount < minimumWords {
            return ExtractedBody(
                paragraphs: paragraphs,
                notAnArticle: paragraphs.isEmpty
                    ? "no article text was found (a login wall, or a page of links?)"
                    : "only \(result.wordCount) word\(result.wordCount == 1 ? "" : "s") of article text \(result.wordCount == 1 ? "was" : "were") found (a login wall, a teaser, or a page of links?)",
                isShort: true)
        }
        return result
    }

    // MARK: Phase 1: what is never article text

    /// Scripts, styles, forms' controls, media and everything hidden from readers.
    static func unreadable(_ document: HTMLDocument) -> [Bool] {
        var removed = [Bool](repeating: false, count: document.nodeCount)
        var index = 1
        while index < document.nodeCount {
            guard document.kind(index) == .element, isUnreadable(index, document) else {
                index += 1
                continue
            }
            let end = document.end(of: index)
            for node in index..<end { removed[node] = true }
            index = end
        }
        return removed
    }

    static func isUnreadable(_ node: HTMLDocument.NodeID, _ document: HTMLDocument) -> Bool {
        let name = document.name(node)
        if BoilerplateHints.unreadableTags.contains(name) { return true }
        if document.attribute("hidden", of: node) != nil { return true }
        if let style = document.attribute("style", of: node) {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        if document.attribute("aria-hidden", of: node)?.lowercased() == "true" {
            // A drop cap's first letter is sometimes hidden from screen readers; keep tiny inline text.
            return BlockWriter.blockTags.contains(name) || document.textContent(node).count > 2
        }
        return false
    }

    // MARK: Phase 2: furniture

    /// Page furniture removed on top of the unreadable: navigation, headers and footers, asides,
    /// figures and captions, and elements whose names say furniture, each unless it holds most of
    /// the page's text (or, for a strong name, the page's headline).
    static func prune(
        _ document: HTMLDocument, body: HTMLDocument.NodeID, unreadable: [Bool], rawLengths: [Int],
        mainHeading: HTMLDocument.NodeID?, pass: Pass = .full
    ) -> [Bool] {
        var removed = unreadable
        let pageLength = max(1, rawLengths[body])
        var index = body + 1
        while index < document.nodeCount {
            guard document.kind(index) == .element, !removed[index] else {
                index += 1
                continue
            }
            let share = Double(rawLengths[index]) / Double(pageLength)
            if isFurniture(index, document, share: share, rawLength: rawLengths[index], unreadable: unreadable, mainHeading: mainHeading, pass: pass) {
                let end = document.end(of: index)
                for node in index..<end { removed[node] = true }
                index = end
            } else {
                index += 1
            }
        }
        return removed
    }

    static func isFurniture(
        _ node: HTMLDocument.NodeID, _ document: HTMLDocument, share: Double, rawLength: Int, unreadable: [Bool],
        mainHeading: HTMLDocument.NodeID?, pass: Pass = .full
    ) -> Bool {
        let name = document.name(node)
        let holdsHeadline = mainHeading.map { $0 == node || document.isDescendant($0, of: node) } ?? false
        if name == "figure" || name == "figcaption" { return true }
        if BoilerplateHints.furnitureTags.contains(name) || document.attribute("role", of: node).map({ BoilerplateHints.furnitureRoles.contains($0.lowercased()) }) == true {
            return share < majorityShare
        }
        if document.attribute("itemprop", of: node)?.lowercased() == "articlebody" { return false }
        // A long paragraph is text whatever its class says (Condé Nast marks every visible
        // paragraph `paywall`); captions and boxes are caught by their elements.
        if name == "p", rawLength >= longParagraph { return false }
        let names = ElementNames(document, node)
        if names.verdict == .furniture {
            if names.isStrongFurniture { return !holdsHeadline || share < 0.1 }
            // The retry keeps what only a weak name (header, meta, sidebar ...) called furniture.
            return pass == .full && share < majorityShare
        }
        // A small box with a form in it: a sign-up, a search, a poll.
        if names.verdict != .article, !holdsHeadline, rawLength <= 600, sectionBoxTags.contains(name),
            document.descendants(of: node).contains(where: { document.isElement($0, "input") || document.isElement($0, "form") })
        {
            return true
        }
        // A small box that announces itself: "Related stories", "Newsletter", "Most read".
        if names.verdict != .article, !holdsHeadline, rawLength <= 1_500, sectionBoxTags.contains(name),
            let label = firstText(of: node, document, unreadable: unreadable), BlockFilter.isSectionLabel(label)
        {
            return true
        }
        return false
    }

    static let sectionBoxTags: Set<String> = ["div", "section", "aside", "table", "ul", "ol", "dl", "form", "td", "center"]

    /// The first words inside an element that a reader sees.
    static func firstText(of node: HTMLDocument.NodeID, _ document: HTMLDocument, unreadable: [Bool]) -> String? {
        for index in document.descendants(of: node) where !unreadable[index] && document.kind(index) == .text {
            let text = Whitespace.collapse(document.text(index))
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// The `<h1>` that carries the page's headline: the one matching the metadata's, else the
    /// first of some length.
    static func mainHeading(in document: HTMLDocument, headline: String?) -> HTMLDocument.NodeID? {
        let headings = document.all("h1")
        if let headline {
            let key = TextKey.of(headline)
            if let match = headings.first(where: { key.isEmpty == false && TextKey.of(document.textContent($0)) == key }) {
                return match
            }
            if let match = headings.first(where: { heading in
                let text = TextKey.of(document.textContent(heading))
                return text.count >= 10 && (key.contains(text) || text.contains(key))
            }) {
                return match
            }
        }
        return headings.first { document.textContent($0).count >= 10 }
    }

    // MARK: Phase 3: scores

    /// Visible text length of every node's subtree, skipping removed nodes.
    static func textLengths(_ document: HTMLDocument, removed: [Bool]) -> [Int] {
        var lengths = [Int](repeating: 0, count: document.nodeCount)
        for node in stride(from: document.nodeCount - 1, through: 1, by: -1) where !removed[node] {
            if document.kind(node) == .text { lengths[node] += Whitespace.collapsedCount(document.text(node)) }
            if let parent = document.parent(node) { lengths[parent] += lengths[node] }
        }
        return lengths
    }

    struct Scores {
        var score: [HTMLDocument.NodeID: Double] = [:]
        var textLength: [HTMLDocument.NodeID: Int] = [:]
        var linkLength: [HTMLDocument.NodeID: Int] = [:]

        func linkDensity(_ node: HTMLDocument.NodeID) -> Double {
            let text = textLength[node] ?? 0
            return text == 0 ? 0 : Double(linkLength[node] ?? 0) / Double(text)
        }

        /// The score with Readability's discount for link-heavy containers.
        func final(_ node: HTMLDocument.NodeID) -> Double {
            (score[node] ?? 0) * (1 - linkDensity(node))
        }
    }

    /// Readability's scoring: each block of some length gives its container 1 point, 1 per comma
    /// and 1 per 100 characters (at most 3), shared out up the tree; each container starts from a
    /// score for its tag and its names.
    static func score(_ blocks: [TextBlock], document: HTMLDocument, removed: [Bool]) -> Scores {
        var scores = Scores()
        for block in blocks {
            // Text and link lengths of every container, for link density.
            var ancestor: HTMLDocument.NodeID? = block.owner
            while let node = ancestor {
                scores.textLength[node, default: 0] += block.text.count
                scores.linkLength[node, default: 0] += block.linkCharacters
                ancestor = document.parent(node)
            }
        }
        for block in blocks where block.text.count >= minimumScoredLength && block.kind != .heading {
            let points = 1 + Double(commas(in: block.text)) + min(Double(block.text.count / 100), 3)
            var container: HTMLDocument.NodeID? = block.isWholeElement ? document.parent(block.owner) : block.owner
            for divider in scoreDividers {
                guard let node = container, node != HTMLDocument.root else { break }
                if scores.score[node] == nil { scores.score[node] = initialScore(node, document) }
                scores.score[node, default: 0] += points / divider
                container = document.parent(node)
            }
        }
        return scores
    }

    static func initialScore(_ node: HTMLDocument.NodeID, _ document: HTMLDocument) -> Double {
        var score: Double
        switch document.name(node) {
        case "article": score = 10
        case "main": score = 8
        case "div", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        let names = ElementNames(document, node)
        score += names.weight
        if document.attribute("itemprop", of: node)?.lowercased() == "articlebody" { score += 50 }
        return score
    }

    static func commas(in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ([",", "，", "、", "،"].contains($1) ? 1 : 0) }
    }
}

/// Text reduced for comparing headlines: lower case, letters and digits only.
enum TextKey {
    static func of(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}

/// Words, for thresholds and the import summary: runs between spaces, and for scripts written
/// without spaces (Chinese, Japanese, Thai) one word per two characters.
enum WordCount {
    static func of(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var unspaced = 0
        for scalar in text.unicodeScalars {
            if isUnspacedScript(scalar) {
                unspaced += 1
                inWord = false
            } else if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words + (unspaced + 1) / 2
    }

    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F: return true
        default: return false
        }
    }
}
