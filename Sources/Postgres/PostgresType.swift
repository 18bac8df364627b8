// PostgreSQL type OIDs that this module encodes to and decodes from.

/// A PostgreSQL type, identified by its OID in pg_type.
public struct PostgresType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Let the server infer the parameter's type from context, as it does for a quoted literal.
    public static let unspecified = PostgresType(rawValue: 0)
    public static let bool = PostgresType(rawValue: 16)
    public static let bytea = PostgresType(rawValue: 17)
    public static let char = PostgresType(rawValue: 18)
    public static let name = PostgresType(rawValue: 19)
    public static let int8 = PostgresType(rawValue: 20)
    public static let int2 = PostgresType(rawValue: 21)
    public static let int4 = PostgresType(rawValue: 23)
    public static let text = PostgresType(rawValue: 25)
    public static let oid = PostgresType(rawValue: 26)
    public static let json = PostgresType(rawValue: 114)
    public static let float4 = PostgresType(rawValue: 700)
    public static let float8 = PostgresType(rawValue: 701)
    public static let unknown = PostgresType(rawValue: 705)
    public static let nameArray = PostgresType(rawValue: 1003)
    public static let textArray = PostgresType(rawValue: 1009)
    public static let int8Array = PostgresType(rawValue: 1016)
    public static let bpcharArray = PostgresType(rawValue: 1014)
    public static let varcharArray = PostgresType(rawValue: 1015)
    public static let bpchar = PostgresType(rawValue: 1042)
    public static let varchar = PostgresType(rawValue: 1043)
    public static let date = PostgresType(rawValue: 1082)
    public static let time = PostgresType(rawValue: 1083)
    public static let timestamp = PostgresType(rawValue: 1114)
    public static let timestamptz = PostgresType(rawValue: 1184)
    public static let interval = PostgresType(rawValue: 1186)
    public static let numeric = PostgresType(rawValue: 1700)
    public static let uuid = PostgresType(rawValue: 2950)
    public static let jsonb = PostgresType(rawValue: 3802)

    private static let names: [UInt32: String] = [
        0: "unspecified", 16: "boolean", 17: "bytea", 18: "\"char\"", 19: "name", 20: "bigint", 21: "smallint",
        23: "integer", 25: "text", 26: "oid", 114: "json", 700: "real", 701: "double precision",
        705: "unknown", 1003: "name[]", 1009: "text[]", 1016: "bigint[]", 1014: "character[]", 1015: "character varying[]",
        1042: "character", 1043: "character varying", 1082: "date", 1083: "time without time zone",
        1114: "timestamp without time zone", 1184: "timestamp with time zone", 1186: "interval",
        1700: "numeric", 2950: "uuid", 3802: "jsonb",
    ]

    /// The SQL name of the type where this module knows it, else "type with OID n".
    public var description: String {
        Self.names[rawValue] ?? "type with OID \(rawValue)"
    }
}
