// JSON that never drops a key.

/// Encodes nil as `null`: the documented JSON never drops a key (synthesised Codable would).
@propertyWrapper
public struct EncodesNull<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension EncodesNull: Sendable where Value: Sendable {}

extension EncodesNull: Decodable where Value: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A missing key reads as nil, as it would for a plain optional: hand-written JSONL may leave
    /// out what it does not know.
    public func decode<Value: Decodable>(_ type: EncodesNull<Value>.Type, forKey key: Key) throws -> EncodesNull<Value> {
        try decodeIfPresent(type, forKey: key) ?? EncodesNull(wrappedValue: nil)
    }
}
