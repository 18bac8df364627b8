// Turns part of a page into text blocks: one per paragraph, subheading, list item or quoted
// paragraph, as a reader sees them, with how much of each is link text.
internal import HTML

/// A run of text that reads as one paragraph.
struct TextBlock: Equatable {
    enum Kind: Equatable {
        case paragraph, heading, listItem, quote, preformatted, cell
    }

    var text: String
    var kind: Kind
    /// The element the text lives in.
    var owner: HTMLDocument.NodeID
    /// True when the block is all of its owner's text (a `<p>`), false for a run of text among
    /// other blocks inside a container (text and `<br><br>` in a `<td>`).
    var isWholeElement: Bool
    /// Characters of the text that are inside links.
    var linkCharacters: Int
    /// The block's place among all the blocks of the page.
    var index = 0

    var linkDensity: Double {
        text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count)
    }
}

/// Walks a subtree, skipping what pruning removed, and cuts its text into blocks.
struct BlockWriter {
    /// Elements that start a new block (the HTML standard's block-level elements).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "caption", "legend", "body", "html", "frameset", "noframes", "amp-story",
        "amp-accordion",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    let document: HTMLDocument
    let removed: [Bool]
    private(set) var blocks: [TextBlock] = []

    private var pending = ""
    private var pendingLinks = 0
    private var pendingOwner: HTMLDocument.NodeID = 0
    private var pendingHasBlockSibling = false
    private var consecutiveBreaks = 0
    private var linkDepth = 0
    private var kindStack: [TextBlock.Kind] = [.paragraph]
    private var owners: Set<HTMLDocument.NodeID> = []
    /// The block elements being written, innermost last.
    private var blockElements: [HTMLDocument.NodeID] = []

    init(document: HTMLDocument, removed: [Bool]) {
        self.document = document
        self.removed = removed
    }

    /// The blocks of `node`'s subtree, in document order.
    static func blocks(in node: HTMLDocument.NodeID, document: HTMLDocument, removed: [Bool]) -> [TextBlock] {
        var writer = BlockWriter(document: document, removed: removed)
        writer.pendingOwner = node
        writer.blockElements = [node]
        writer.write(node)
        writer.flush()
        return writer.blocks
    }

    private mutating func write(_ node: HTMLDocument.NodeID) {
        for child in document.children(node) where !removed[child] {
            switch document.kind(child) {
            case .text:
                let text = document.text(child)
                if consecutiveBreaks >= 2, text.contains(where: { !$0.isWhitespace }) {
                    flush()
                }
                if !Whitespace.isBlank(text) {
                    consecutiveBreaks = 0
                    // The run's owner is the smallest element holding all of its text.
                    pendingOwner = Whitespace.isBlank(pending) ? node : commonAncestor(pendingOwner, node)
                }
                pending += text
                if linkDepth > 0 { pendingLinks += Whitespace.collapsedCount(text) }
            case .element:
                let name = document.name(child)
                if name == "br" {
                    consecutiveBreaks += 1
                    pending += " "
                    continue
                }
                if Self.blockTags.contains(name) {
                    writeBlock(child, name: name, parent: node)
                } else {
                    consecutiveBreaks = 0
                    if name == "a" { linkDepth += 1 }
                    write(child)
                    if name == "a" { linkDepth -= 1 }
                }
            case .document:
                break
            }
        }
    }

    private func commonAncestor(_ first: HTMLDocument.NodeID, _ second: HTMLDocument.NodeID) -> HTMLDocument.NodeID {
        var candidate = first
        while candidate != second, !document.isDescendant(second, of: candidate), let parent = document.parent(candidate) {
            candidate = parent
        }
        return candidate
    }

    private mutating func writeBlock(_ node: HTMLDocument.NodeID, name: String, parent: HTMLDocument.NodeID) {
        // Text before the block ends a paragraph of its own.
        if !Whitespace.isBlank(pending) { pendingHasBlockSibling = true }
        flush()
        consecutiveBreaks = 0
        let kind: TextBlock.Kind
        switch name {
        case _ where Self.headingTags.contains(name): kind = .heading
        case "li", "dd", "dt": kind = .listItem
        case "blockquote": kind = .quote
        case "pre": kind = .preformatted
        case "td", "th": kind = .cell
        default: kind = kindStack[kindStack.count - 1] == .quote ? .quote : kindStack[kindStack.count - 1] == .listItem ? .listItem : .paragraph
        }
        kindStack.append(kind)
        blockElements.append(node)
        defer { blockElements.removeLast() }
        pendingOwner = node
        pendingHasBlockSibling = false
        write(node)
        flush()
        kindStack.removeLast()
        pendingOwner = parent
        // Text after the block, in the same container, is a run among blocks.
        pendingHasBlockSibling = true
    }

    private mutating func flush() {
        defer {
            pending = ""
            pendingLinks = 0
            consecutiveBreaks = 0
        }
        let text = Whitespace.collapse(pending)
        guard !text.isEmpty else { return }
        // All of a block element's text (a <p> whose words sit in a <b>): the element owns it.
        if !pendingHasBlockSibling, let element = blockElements.last, document.isDescendant(pendingOwner, of: element) {
            pendingOwner = element
        }
        let wholeElement = !pendingHasBlockSibling && !owners.contains(pendingOwner)
        owners.insert(pendingOwner)
        blocks.append(
            TextBlock(
                text: text, kind: kindStack[kindStack.count - 1], owner: pendingOwner, isWholeElement: wholeElement,
                linkCharacters: min(pendingLinks, text.count), index: blocks.count))
    }
}

extension Whitespace {
    /// Characters the text has once its white space is collapsed (an estimate good for link
    /// density: runs count as one).
    static func collapsedCount(_ text: String) -> Int {
        var count = 0
        var inSpace = true
        for character in text {
            if character.isWhitespace {
                if !inSpace { count += 1 }
                inSpace = true
            } else {
                count += 1
                inSpace = false
            }
        }
        return count
    }

    static func isBlank(_ text: String) -> Bool {
        !text.contains { !$0.isWhitespace }
    }
}
