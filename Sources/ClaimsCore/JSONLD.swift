// JSON-LD read loosely, as publishers write it: any value may be one item or an array, a node
// may sit in an @graph, a name may be a string or a Person. Shared by the ClaimReview reader and
// the web page metadata reader.
import FoundationEssentials
import Basics

enum JSONLD {
    /// Every node of a document: the object itself, the members of an array, or the @graph.
    static func nodes(in json: JSONValue) -> [[String: JSONValue]] {
        if case .array(let array) = json { return array.flatMap(nodes(in:)) }
        guard let object = json.object else { return [] }
        if let graph = object["@graph"] { return nodes(in: graph) }
        return [object]
    }

    static func types(of node: [String: JSONValue]) -> [String] {
        texts(node["@type"]).map { $0.replacingScalars("http://schema.org/", with: "").replacingScalars("https://schema.org/", with: "") }
    }

    /// The value, or the first of an array of them.
    static func first(_ value: JSONValue?) -> JSONValue? {
        if case .array(let array) = value { return array.first }
        return value
    }

    static func node(_ value: JSONValue?) -> [String: JSONValue]? {
        first(value)?.object
    }

    static func text(_ value: JSONValue?) -> String? {
        switch first(value) {
        case .string(let string): return Text.nonBlank(string)
        case .number(let number): return format(number)
        case .bool(let bool): return String(bool)
        case .object(let object): return text(object["@value"] ?? object["@id"])
        case .array, .null, nil: return nil
        }
    }

    static func texts(_ value: JSONValue?) -> [String] {
        if case .array(let array) = value { return array.compactMap(text) }
        return text(value).map { [$0] } ?? []
    }

    /// A Person's or Organization's name, or a plain string.
    static func name(_ value: JSONValue?) -> String? {
        if let object = node(value) { return text(object["name"]) }
        return text(value)
    }

    static func number(_ value: JSONValue?) -> Double? {
        switch first(value) {
        case .number(let number): return number
        case .string(let string): return Double(string.trimmingWhitespace())
        default: return nil
        }
    }

    /// A number as JSON-LD means it: whole numbers without ".0" (within Int's exact range; a
    /// huge or non-finite value is written as Swift writes doubles, never trapped on).
    static func format(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Any JSON value as JSONDecoder reads it: for JSON-LD read loosely (any value may turn up where
/// another was expected), and for rows stored as JSON passed through unchanged.
public indirect enum JSONValue: Codable, Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// `text` parsed, or nil when it is not JSON.
    public init?(text: String) {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var object: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }
}
