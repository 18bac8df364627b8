// The documented order in which claims chooses its database.
import ClaimsCore
import Foundation
import Testing

@Suite struct DatabaseLocationTests {
    let home = ["HOME": "/home/reporter"]

    @Test func theFlagWinsOverEverything() throws {
        let location = try DatabaseLocation.resolve(
            databaseURL: "postgresql://flag@db/claims", dataDirectory: nil,
            environment: home.merging(["CLAIMS_DATABASE_URL": "postgresql://env@db/claims", "PGHOST": "elsewhere"]) { $1 })
        #expect(location.source == .flag)
        #expect(location.connectionString.value(for: "user") == "flag")
        #expect(location.embedded == nil)
        #expect(location.libpqVariablesSet.isEmpty)
    }

    @Test func theEnvironmentVariableWinsOverLibpqSettings() throws {
        let location = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: nil,
            environment: home.merging(["CLAIMS_DATABASE_URL": "postgresql://env:pw@db/claims", "PGHOST": "elsewhere"]) { $1 })
        #expect(location.source == .environmentVariable)
        #expect(location.displayString == "postgresql://env:****@db/claims")
    }

    @Test(arguments: ["PGHOST", "PGSERVICE", "PGDATABASE"])
    func libpqEnvironmentWinsOverTheEmbeddedCluster(variable: String) throws {
        let location = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: "/tmp/ignored", environment: home.merging([variable: "x"]) { $1 })
        #expect(location.source == .libpqEnvironment)
        #expect(location.connectionString.options.isEmpty)
        #expect(location.libpqVariablesSet == [variable])
    }

    @Test func otherLibpqVariablesAloneDoNotSwitchAwayFromTheEmbeddedCluster() throws {
        let location = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: nil, environment: home.merging(["PGPORT": "5433", "PGUSER": "me"]) { $1 })
        #expect(location.source == .embedded)
    }

    @Test func embeddedDirectoryOrder() throws {
        let flag = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: "/srv/claims", environment: home.merging(["CLAIMS_DATA_DIR": "/env"]) { $1 })
        #expect(flag.embedded?.directory.path == "/srv/claims")
        #expect(flag.embedded?.directoryOrigin == .flag)

        let variable = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: nil, environment: home.merging(["CLAIMS_DATA_DIR": "/env/claims"]) { $1 })
        #expect(variable.embedded?.directory.path == "/env/claims")
        #expect(variable.embedded?.directoryOrigin == .environmentVariable)

        let xdg = try DatabaseLocation.resolve(
            databaseURL: nil, dataDirectory: nil, environment: home.merging(["XDG_DATA_HOME": "/xdg"]) { $1 })
        #expect(xdg.embedded?.directory.path == "/xdg/claims")
        #expect(xdg.embedded?.directoryOrigin == .xdgDefault)

        let fallback = try DatabaseLocation.resolve(databaseURL: nil, dataDirectory: nil, environment: home)
        let expected = getuid() == 0 ? "/var/lib/claims" : "/home/reporter/.local/share/claims"
        #expect(fallback.embedded?.directory.path == expected)
        #expect(fallback.connectionString.value(for: "host") == expected + "/socket")
        #expect(fallback.connectionString.value(for: "dbname") == "claims")
    }

    @Test func aMalformedURLIsAnError() {
        #expect(throws: (any Error).self) {
            try DatabaseLocation.resolve(databaseURL: "postgresql://db/claims?bogus=1", dataDirectory: nil, environment: home)
        }
    }
}
