// Parses HTML with libxml2's HTML parser (the one lxml and trafilatura use), driving it as a SAX
// push parser so the tree claims keeps is its own compact one rather than libxml2's.
internal import CLibXML2

public enum HTMLParser {
    /// Bounds no real page comes near, so that hostile input costs bounded time and memory.
    public struct Limits: Sendable {
        /// Elements open at once. Real pages nest 20 to 60 deep; libxml2 compares each end tag
        /// against every open element, so unbounded nesting would make parsing quadratic.
        public var maxDepth = 512
        /// Elements and text nodes kept. A 10 MB page of real markup has about 300,000.
        public var maxNodes = 1_000_000

        public init() {}
    }

    /// Attributes extraction reads; the rest (inline event handlers, data blobs, srcset lists) are
    /// dropped as the page is read.
    static let keptAttributes: Set<String> = [
        "id", "class", "itemprop", "itemtype", "itemscope", "role", "hidden", "aria-hidden", "style", "name",
        "property", "content", "http-equiv", "charset", "rel", "href", "lang", "xml:lang", "dir", "datetime", "type",
        "data-testid", "data-component", "data-module", "data-type", "data-qa",
    ]
    static let maxAttributeLength = 4_096

    /// Elements whose text is never read (their content is code or styling), except JSON-LD.
    static let opaqueElements: Set<String> = ["script", "style", "template", "svg", "math", "iframe", "object", "textarea", "select"]

    /// Parses a page's bytes, working out their encoding (`CharacterEncoding`) from the HTTP
    /// header's charset when given, the page's own declaration and the bytes themselves.
    public static func parse(_ bytes: [UInt8], declaredCharset: String? = nil, limits: Limits = Limits()) -> HTMLDocument {
        let (utf8, encoding) = CharacterEncoding.decode(bytes, declared: declaredCharset)
        return parse(utf8: utf8, encoding: encoding, limits: limits)
    }

    /// Parses UTF-8 markup.
    public static func parse(utf8: [UInt8], encoding: DetectedEncoding = DetectedEncoding(name: "UTF-8", reason: .validUTF8), limits: Limits = Limits()) -> HTMLDocument {
        let builder = TreeBuilder(encoding: encoding, limits: limits)
        claims_xml_silence_errors()
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            TreeBuilder.from(context)?.start(name, attributes)
        }
        handler.endElement = { context, name in
            TreeBuilder.from(context)?.end(name)
        }
        handler.characters = { context, characters, length in
            TreeBuilder.from(context)?.characters(characters, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, characters, length in
            TreeBuilder.from(context)?.characters(characters, Int(length))
        }
        claims_xml_silence_handler(&handler)

        let unmanaged = Unmanaged.passRetained(builder)
        defer { unmanaged.release() }
        guard let context = htmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            return builder.finish()
        }
        defer { htmlFreeParserCtxt(context) }
        // The bytes are UTF-8 already: a <meta charset> must not make libxml2 decode them again.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        htmlCtxtUseOptions(context, options)
        builder.context = context

        let chunk = 1 << 18
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, !builder.stopped {
                let size = min(chunk, buffer.count - offset)
                let start = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                _ = htmlParseChunk(context, start, Int32(size), 0)
                offset += size
            }
        }
        if !builder.stopped { _ = htmlParseChunk(context, nil, 0, 1) }
        builder.context = nil
        return builder.finish()
    }
}

/// Receives libxml2's SAX events and appends nodes to an `HTMLDocument`.
final class TreeBuilder {
    var document: HTMLDocument
    let limits: HTMLParser.Limits
    var context: htmlParserCtxtPtr?
    var stopped = false
    /// The open elements, innermost last; the document is at the bottom.
    private var open: [Int32] = [0]
    /// Each node's last child so far, to append in constant time.
    private var lastChild: [Int32] = [-1]
    /// How many open elements discard their text (scripts, styles ...).
    private var opaqueDepth = 0

    init(encoding: DetectedEncoding, limits: HTMLParser.Limits) {
        document = HTMLDocument(encoding: encoding)
        self.limits = limits
    }

    /// The builder behind libxml2's user-data pointer (always the one passed in).
    static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder? {
        context.map { Unmanaged<TreeBuilder>.fromOpaque($0).takeUnretainedValue() }
    }

    func start(_ rawName: UnsafePointer<xmlChar>?, _ rawAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !stopped, let rawName else { return }
        if open.count > limits.maxDepth || document.nodes.count >= limits.maxNodes {
            stop()
            return
        }
        let name = String(cString: rawName).lowercased()
        var attributes: [HTMLDocument.Attribute] = []
        if var cursor = rawAttributes {
            while let key = cursor.pointee {
                let value = (cursor + 1).pointee
                let attributeName = String(cString: key).lowercased()
                if HTMLParser.keptAttributes.contains(attributeName) {
                    var text = value.map { String(cString: $0) } ?? ""
                    if text.utf8.count > HTMLParser.maxAttributeLength {
                        // Cut by bytes: one "character" can carry megabytes of combining marks.
                        text = String(decoding: text.utf8.prefix(HTMLParser.maxAttributeLength), as: UTF8.self)
                    }
                    attributes.append(HTMLDocument.Attribute(name: attributeName, value: text))
                }
                cursor += 2
            }
        }
        let index = append(HTMLDocument.Node(kind: .element, name: name, text: "", attributes: attributes, parent: open[open.count - 1]))
        open.append(index)
        if HTMLParser.opaqueElements.contains(name), !(name == "script" && isJSONLD(attributes)) {
            opaqueDepth += 1
        }
    }

    func end(_ rawName: UnsafePointer<xmlChar>?) {
        guard !stopped, open.count > 1 else { return }
        let name = rawName.map { String(cString: $0).lowercased() } ?? ""
        // libxml2 balances its events, so the element closing is the innermost open one; if it
        // ever is not, close up to the nearest open element of that name, or ignore the event.
        guard let position = open.lastIndex(where: { document.nodes[Int($0)].name == name }), position > 0 else { return }
        while open.count > position {
            close()
        }
    }

    private func close() {
        let index = Int(open.removeLast())
        document.nodes[index].end = Int32(document.nodes.count)
        let name = document.nodes[index].name
        if HTMLParser.opaqueElements.contains(name), !(name == "script" && isJSONLD(document.nodes[index].attributes)) {
            opaqueDepth -= 1
        }
    }

    func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
        guard !stopped, let characters, length > 0, opaqueDepth == 0 else { return }
        let text = String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF8.self)
        let parent = open[open.count - 1]
        let last = lastChild[Int(parent)]
        if last >= 0, document.nodes[Int(last)].kind == .text {
            document.nodes[Int(last)].text += text
            return
        }
        guard document.nodes.count < limits.maxNodes else {
            stop()
            return
        }
        let index = append(HTMLDocument.Node(kind: .text, name: "", text: text, attributes: [], parent: parent))
        document.nodes[Int(index)].end = index + 1
    }

    private func append(_ node: HTMLDocument.Node) -> Int32 {
        let index = Int32(document.nodes.count)
        let parent = Int(node.parent)
        document.nodes.append(node)
        lastChild.append(-1)
        if lastChild[parent] >= 0 {
            document.nodes[Int(lastChild[parent])].nextSibling = index
        } else {
            document.nodes[parent].firstChild = index
        }
        lastChild[parent] = index
        return index
    }

    private func isJSONLD(_ attributes: [HTMLDocument.Attribute]) -> Bool {
        attributes.contains { $0.name == "type" && $0.value.trimmingSpacesAndQuotes().lowercased() == "application/ld+json" }
    }

    private func stop() {
        stopped = true
        document.truncated = true
        if let context { xmlStopParser(context) }
    }

    func finish() -> HTMLDocument {
        while open.count > 1 { close() }
        document.nodes[0].end = Int32(document.nodes.count)
        return document
    }
}
