// Claims as JSON without JSONEncoder: the same bytes, written straight out, so a timeline of fifty
// thousand claims streams instead of being built as one tree.
import ClaimsCore
import FoundationEssentials

/// Writes pretty-printed, key-sorted JSON byte for byte as `JSONOutput.render` does (Foundation's
/// JSONEncoder with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` and ISO 8601 dates).
///
/// JSONEncoder builds a tree of boxed values, sorts every object's keys and then serialises it;
/// for a large list that is most of a command's time. Here each type writes its members itself, in
/// sorted order (checked in debug builds), and the bytes can be flushed as they are made. A test keeps
/// the two encoders' output identical.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open container: whether it has a member yet, and the last key written (objects).
    private var open: [(hasMembers: Bool, lastKey: String?)] = []

    init() {
        bytes.reserveCapacity(64 * 1024)
    }

    /// A whole array as one string, as `JSONOutput.render` would give it.
    static func render<Element: JSONShape>(_ elements: [Element]) -> String {
        var writer = JSONWriter()
        writer.array(elements)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Takes what has been written so far, leaving the buffer empty (for streaming).
    mutating func drain() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    // MARK: Containers

    mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    mutating func array<Element: JSONShape>(_ elements: [Element]) {
        array { writer in
            for element in elements { writer.element(element) }
        }
    }

    mutating func array(_ strings: [String]) {
        array { writer in
            for string in strings {
                writer.beginMember()
                writer.string(string)
            }
        }
    }

    private mutating func container(open opening: UInt8, close: UInt8, _ body: (inout JSONWriter) throws -> Void) rethrows {
        bytes.append(opening)
        open.append((false, nil))
        try body(&self)
        let hadMembers = open.removeLast().hasMembers
        bytes.append(0x0A)
        if !hadMembers { bytes.append(0x0A) }
        indent()
        bytes.append(close)
    }

    // MARK: Members

    /// Starts an array element.
    mutating func element(_ value: some JSONShape) {
        beginMember()
        value.write(to: &self)
    }

    /// Starts an object member; the caller then writes its value. Keys must come in sorted order.
    mutating func key(_ key: String) {
        assert(open.last?.lastKey.map { Array($0.utf8).lexicographicallyPrecedes(key.utf8) } ?? true, "JSON keys out of order at \(key)")
        beginMember()
        open[open.count - 1].lastKey = key
        // Keys are the program's own identifiers: nothing to escape.
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: key.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    mutating func member(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    mutating func member(_ name: String, _ value: Int?) {
        key(name)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { null() }
    }

    mutating func member(_ name: String, _ value: Double?) {
        key(name)
        if let value { number(value) } else { null() }
    }

    mutating func member(_ name: String, _ value: Date) {
        key(name)
        string(Timestamps.iso8601(value))
    }

    mutating func member(_ name: String, _ value: [String]) {
        key(name)
        array(value)
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func member(_ name: String, _ value: [Int]) {
        key(name)
        array { writer in
            for number in value {
                writer.beginMember()
                writer.bytes.append(contentsOf: String(number).utf8)
            }
        }
    }

    // MARK: Scalars

    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Integral values without a fraction ("4", "-0"), others as Swift prints them, as JSONEncoder does.
    mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            if value == 0, value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole.
        let needsEscaping =
            value.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            } ?? value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if !needsEscaping {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: -

    private mutating func beginMember() {
        guard !open.isEmpty else { return }  // a top-level value
        if open[open.count - 1].hasMembers { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].hasMembers = true
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * open.count))
    }
}
