// A parsed HTML page as a compact tree: elements and text, in document order, with the few
// attributes extraction reads. Built by HTMLTreeBuilder from libxml2's HTML parser.

/// A page's element tree, stored as one array of nodes linked by index.
///
/// The whole page is held as value types in one array rather than as objects, so a 10 MB page
/// costs tens of megabytes, not hundreds, and a tree walk is an index loop. Node 0 is the
/// document itself; every other node has a parent.
public struct HTMLDocument: Sendable {
    public typealias NodeID = Int

    public enum Kind: UInt8, Sendable {
        case document, element, text
    }

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    struct Node: Sendable {
        var kind: Kind
        /// The lower-case tag name of an element; empty for text.
        var name: String
        /// The characters of a text node (entities decoded); empty for elements.
        var text: String
        var attributes: [Attribute]
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// One past the last node of this node's subtree (set when the element closes).
        var end: Int32 = 0
    }

    var nodes: [Node]

    /// The character encoding the bytes were read in, and why that one.
    public internal(set) var encoding: DetectedEncoding
    /// True when the parser stopped early: the page nests deeper, or has more nodes, than a
    /// real page does (`HTMLTreeBuilder.limits`). What was read up to there is kept.
    public internal(set) var truncated: Bool = false

    init(encoding: DetectedEncoding) {
        self.encoding = encoding
        nodes = [Node(kind: .document, name: "", text: "", attributes: [], parent: -1)]
    }

    public static let root: NodeID = 0

    public var nodeCount: Int { nodes.count }

    public func kind(_ node: NodeID) -> Kind { nodes[node].kind }

    /// The lower-case tag name, or "" for text and the document.
    public func name(_ node: NodeID) -> String { nodes[node].name }

    public func isElement(_ node: NodeID, _ name: String) -> Bool {
        nodes[node].kind == .element && nodes[node].name == name
    }

    /// The characters of a text node.
    public func text(_ node: NodeID) -> String { nodes[node].text }

    public func attributes(_ node: NodeID) -> [Attribute] { nodes[node].attributes }

    /// The value of an attribute (names are lower case), or nil.
    public func attribute(_ name: String, of node: NodeID) -> String? {
        for attribute in nodes[node].attributes where attribute.name == name {
            return attribute.value
        }
        return nil
    }

    public func parent(_ node: NodeID) -> NodeID? {
        let parent = nodes[node].parent
        return parent < 0 ? nil : Int(parent)
    }

    public func firstChild(_ node: NodeID) -> NodeID? {
        let child = nodes[node].firstChild
        return child < 0 ? nil : Int(child)
    }

    public func nextSibling(_ node: NodeID) -> NodeID? {
        let sibling = nodes[node].nextSibling
        return sibling < 0 ? nil : Int(sibling)
    }

    /// The children of a node, in order.
    public func children(_ node: NodeID) -> Children {
        Children(document: self, upcoming: nodes[node].firstChild)
    }

    public struct Children: Sequence, IteratorProtocol {
        let document: HTMLDocument
        var upcoming: Int32

        public mutating func next() -> NodeID? {
            guard upcoming >= 0 else { return nil }
            let current = Int(upcoming)
            upcoming = document.nodes[current].nextSibling
            return current
        }
    }

    /// Every node below `node` (not `node` itself), in document order. Nodes are appended as the
    /// parser meets them, so a subtree is the contiguous range after its root: this is an index
    /// range, not a walk.
    public func descendants(of node: NodeID) -> Range<NodeID> {
        (node + 1)..<end(of: node)
    }

    /// The index just past the last descendant of `node`.
    public func end(of node: NodeID) -> NodeID { Int(nodes[node].end) }

    /// The first element with this tag name, in document order.
    public func first(_ name: String, in node: NodeID = HTMLDocument.root) -> NodeID? {
        descendants(of: node).first { isElement($0, name) }
    }

    /// Every element with this tag name below `node`, in document order.
    public func all(_ name: String, in node: NodeID = HTMLDocument.root) -> [NodeID] {
        descendants(of: node).filter { isElement($0, name) }
    }

    /// The text below a node as a reader sees it run together: text nodes joined, runs of white
    /// space made one space, trimmed.
    public func textContent(_ node: NodeID) -> String {
        if nodes[node].kind == .text { return Whitespace.collapse(nodes[node].text) }
        var pieces: [Substring] = []
        for index in descendants(of: node) where nodes[index].kind == .text {
            pieces.append(Substring(nodes[index].text))
        }
        return Whitespace.collapse(pieces.joined(separator: ""))
    }

    /// Whether `node` lies below `ancestor`.
    public func isDescendant(_ node: NodeID, of ancestor: NodeID) -> Bool {
        node > ancestor && node < end(of: ancestor)
    }

    /// Number of elements between `node` and the document.
    public func depth(_ node: NodeID) -> Int {
        var depth = 0
        var current = nodes[node].parent
        while current > 0 {
            depth += 1
            current = nodes[Int(current)].parent
        }
        return depth
    }
}

/// Which encoding a page's bytes were read in, and what decided it.
public struct DetectedEncoding: Sendable, Equatable, CustomStringConvertible {
    /// The encoding's name as iconv knows it: UTF-8, WINDOWS-1252, ISO-8859-2 ...
    public var name: String
    public var reason: Reason

    public enum Reason: String, Sendable {
        /// A byte-order mark.
        case byteOrderMark = "byte-order mark"
        /// The Content-Type header's charset.
        case httpHeader = "Content-Type header"
        /// `<meta charset>` or `<meta http-equiv="Content-Type">`.
        case metaTag = "meta charset"
        /// No usable declaration: the bytes are valid UTF-8.
        case validUTF8 = "the bytes are valid UTF-8"
        /// A declaration that the bytes contradict (a legacy charset over UTF-8, or UTF-8 over bytes
        /// that are not).
        case declarationContradicted = "the declared charset does not fit the bytes"
        /// Nothing else fitted: windows-1252, as browsers assume.
        case fallback = "fallback"
    }

    public init(name: String, reason: Reason) {
        self.name = name
        self.reason = reason
    }

    public var description: String { "\(name) (\(reason.rawValue))" }
}

public enum Whitespace {
    /// Runs of white space (spaces, tabs, line breaks, no-break and other Unicode spaces) as one
    /// space, trimmed at both ends.
    public static func collapse(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
