// Connection strings: parsed by libpq, shown with passwords masked.
import Postgres
import Testing

@Suite struct ConnectionStringTests {
    @Test func urlPasswordIsMasked() throws {
        let string = try ConnectionString("postgresql://reporter:s3cr%40t@db.example:5433/claims?sslmode=require")
        #expect(string.description == "postgresql://reporter:****@db.example:5433/claims?sslmode=require")
        #expect(string.value(for: "password") == "s3cr@t")
        #expect(string.value(for: "sslmode") == "require")
        #expect(!string.description.contains("s3cr"))
    }

    @Test func keywordPasswordsAreMasked() throws {
        let string = try ConnectionString("host=db user=me password='a b\\'c' dbname=claims sslpassword=xyz")
        #expect(string.description == "host=db user=me password=**** dbname=claims sslpassword=****")
        #expect(string.value(for: "password") == "a b'c")
    }

    @Test func queryParameterPasswordIsMasked() {
        #expect(
            ConnectionString.redact("postgres:///claims?host=/tmp&password=hunter2&user=me")
                == "postgres:///claims?host=/tmp&password=****&user=me")
    }

    @Test func malformedStringIsAnErrorNotACrash() {
        #expect(throws: ConnectionStringError.self) { try ConnectionString("host=db password") }
        #expect(throws: ConnectionStringError.self) { try ConnectionString("postgresql://db/claims?nonsense=1") }
    }

    @Test func settingReplacesAKeyword() throws {
        let string = try ConnectionString("postgresql://me@db/one").setting("dbname", to: "two words")
        #expect(string.value(for: "dbname") == "two words")
        #expect(string.value(for: "host") == "db")
        #expect(try ConnectionString(string.unredacted).value(for: "dbname") == "two words")
    }
}
