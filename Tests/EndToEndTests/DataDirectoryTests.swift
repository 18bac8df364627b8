// Where the embedded cluster may live: a data directory whose parents do not exist yet is made
// with parents the server account can pass through (as root it runs as `postgres`), while a
// parent someone else closed is still refused with one line that says what to do.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) final class DataDirectoryTests {
    let root: URL
    var started: [String] = []

    init() throws {
        root = try TemporaryDirectory.make(prefix: "claims-datadir")
    }

    deinit {
        for directory in started { _ = try? ClaimsBinary.run(["db", "stop", "--data-dir", directory]) }
        try? FileManager.default.removeItem(at: root)
    }

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// `CLAIMS_DATA_DIR=/srv/newsroom/claims claims db start` with /srv/newsroom absent.
    @Test func missingParentsAreMadeSoTheServerAccountCanReachTheCluster() throws {
        let newsroom = root.appending(path: "srv/newsroom").path
        let directory = newsroom + "/claims"
        started.append(directory)
        let start = try ClaimsBinary.run(["db", "start"], environment: ["CLAIMS_DATA_DIR": directory])
        #expect(start.status == 0, "\(start)")
        #expect(start.stdout == "Started PostgreSQL in \(directory).\n")
        #expect(try mode(root.appending(path: "srv").path) == 0o755)
        #expect(try mode(newsroom) == 0o755)
        #expect(try mode(directory) == 0o700, "the cluster's own directory stays private")
        if getuid() == 0 {
            let owner = try FileManager.default.attributesOfItem(atPath: directory)[.ownerAccountName] as? String
            #expect(owner == "postgres")
        }
        let list = try ClaimsBinary.run(["list"], environment: ["CLAIMS_DATA_DIR": directory])
        #expect(list.status == 0, "\(list)")
    }

    /// A parent that exists and that the server account cannot enter is not claims' to open up.
    @Test(.enabled(if: getuid() == 0, "only root runs the server as another account"))
    func aParentSomeoneElseClosedIsRefused() throws {
        let closed = root.appending(path: "private").path
        try FileManager.default.createDirectory(atPath: closed, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let directory = closed + "/claims"
        started.append(directory)
        let start = try ClaimsBinary.run(["db", "start"], environment: ["CLAIMS_DATA_DIR": directory])
        #expect(start.status != 0)
        #expect(start.stderr.split(separator: "\n").count == 1, "\(start.stderr)")
        #expect(start.stderr.contains("the postgres account cannot reach \(directory)"), "\(start.stderr)")
        #expect(try mode(closed) == 0o700, "claims left the parent as it was")
    }
}
