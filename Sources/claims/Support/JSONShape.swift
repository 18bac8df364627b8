// A JSON object declared once, as the list of its members, and written two ways from that one
// list: through JSONEncoder (inside other Encodable values) and through JSONWriter (streamed).
import FoundationEssentials

/// Where a JSON object's members go: a `JSONWriter`, or an `Encoder`'s keyed container.
protocol JSONMembers {
    mutating func member(_ name: String, _ value: String?)
    mutating func member(_ name: String, _ value: Int?)
    mutating func member(_ name: String, _ value: Double?)
    mutating func member(_ name: String, _ value: Date)
    mutating func member(_ name: String, _ value: [String])
    mutating func member(_ name: String, _ value: Bool)
    mutating func member(_ name: String, _ value: [Int])
    mutating func member<Shape: JSONShape>(_ name: String, _ value: [Shape])
    mutating func member<Shape: JSONShape>(_ name: String, _ value: Shape?)
}

/// A JSON object of the documented output (Docs/json.md). Nil members are written as null, never
/// left out, so that every key is always there.
protocol JSONShape: Encodable {
    /// Every member, keys in sorted order (JSONWriter checks in debug builds).
    func members(_ json: inout some JSONMembers)
}

extension JSONShape {
    /// The object through `writer`, as JSONEncoder would write it.
    func write(to writer: inout JSONWriter) {
        writer.object { json in members(&json) }
    }

    func encode(to encoder: Encoder) throws {
        var members = EncoderMembers(container: encoder.container(keyedBy: MemberKey.self))
        self.members(&members)
        if let failure = members.failure { throw failure }
    }
}

extension JSONWriter: JSONMembers {
    mutating func member<Shape: JSONShape>(_ name: String, _ value: [Shape]) {
        key(name)
        array(value)
    }

    mutating func member<Shape: JSONShape>(_ name: String, _ value: Shape?) {
        key(name)
        if let value { value.write(to: &self) } else { null() }
    }
}

/// A member's name as a coding key.
private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The members into a keyed container; the first encoding error is kept and thrown at the end.
private struct EncoderMembers: JSONMembers {
    var container: KeyedEncodingContainer<MemberKey>
    var failure: (any Error)?

    private mutating func encode(_ body: (inout KeyedEncodingContainer<MemberKey>) throws -> Void) {
        guard failure == nil else { return }
        do { try body(&container) } catch { failure = error }
    }

    private mutating func encode<Value: Encodable>(_ name: String, _ value: Value?) {
        encode { container in
            if let value { try container.encode(value, forKey: MemberKey(stringValue: name)) } else {
                try container.encodeNil(forKey: MemberKey(stringValue: name))
            }
        }
    }

    mutating func member(_ name: String, _ value: String?) { encode(name, value) }
    mutating func member(_ name: String, _ value: Int?) { encode(name, value) }
    mutating func member(_ name: String, _ value: Double?) { encode(name, value) }
    mutating func member(_ name: String, _ value: Date) { encode(name, Timestamps.iso8601(value)) }
    mutating func member(_ name: String, _ value: [String]) { encode(name, value) }
    mutating func member(_ name: String, _ value: Bool) { encode(name, value) }
    mutating func member(_ name: String, _ value: [Int]) { encode(name, value) }
    mutating func member<Shape: JSONShape>(_ name: String, _ value: [Shape]) { encode(name, value) }
    mutating func member<Shape: JSONShape>(_ name: String, _ value: Shape?) { encode(name, value) }
}
