// The name key computed partly in Swift must be the key PostgreSQL stores, or a speaker would not be found.
@testable import ClaimsCore
import Migrations
import Postgres
import Testing
import TestSupport

@Suite struct NameKeyTests {
    @Test func keyEqualsTheStoredNormalization() throws {
        let database = try TestDatabase()
        let location = try DatabaseLocation.resolve(databaseURL: database.url, dataDirectory: nil, environment: [:])
        let connection = try ClaimsDatabase.open(location).connection
        let printable = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        let names = [
            "Dmitry Peskov", "  dmitry   PESKOV ", "Anna\tBerg\r\n1", "A\u{0B}B\u{0C}C", printable,
            "IVAN ivanov", "Recep Tayyip Erdoğan", "Ｆullwidth", "Zoë  Ångström", "",
        ]
        for name in names {
            let row = try connection.queryFirst(
                "SELECT claims_normalize(\(name)) AS stored, \(NameKey.sql(name)) AS key")
            let stored = try row?.decode("stored", as: String.self)
            let key = try row?.decode("key", as: String.self)
            #expect(key == stored, "name \(name.debugDescription)")
        }
        // ASCII names skip unaccent; the rest still go through it.
        #expect(!NameKey.sql("Peskov").text.contains("claims_normalize"))
        #expect(NameKey.sql("Erdoğan").text.contains("claims_normalize"))
    }
}
