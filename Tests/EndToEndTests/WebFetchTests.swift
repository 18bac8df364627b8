// `claims source import URL` against a server the test starts on 127.0.0.1: redirects, limits,
// errors, compression, charsets, TLS, and what claims sends.
import Foundation
import Postgres
import Testing
import TestSupport
import EmbeddedPostgres
#if canImport(Glibc)
    import Glibc
#endif

@Suite struct WebFetchTests {
    /// A page, gzip-compressed with the system's gzip.
    static func gzip(_ data: Data) throws -> [UInt8] {
        let directory = try TemporaryDirectory.make(prefix: "claims-gzip")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "page.html")
        try data.write(to: file)
        let result = try ClaimsBinary.run(["-n", "-f", file.path], executable: URL(fileURLWithPath: "/bin/gzip"))
        guard result.status == 0 else { throw POSIXError(.EIO) }
        return Array(try Data(contentsOf: directory.appending(path: "page.html.gz")))
    }

    @Test func aPageIsFetchedThroughRedirectsAndRecordedWhereTheyEnded() throws {
        let page = Array(try PageFixtures.bytes("jsonld-wordpress"))
        let server = try TestHTTPServer(routes: [
            "/start": .redirect(to: "/middle", status: 301), "/middle": .redirect(to: "/story"), "/story": .page(page),
        ])
        let room = try Newsroom()
        let record = try #require(try room.json(["source", "import", server.url("/start")]) as? [String: Any])
        // The canonical address is on another site, so the page is recorded where the fetch ended.
        #expect(record["url"] as? String == server.url("/story"))
        #expect((record["metadata"] as? [String: [String: Any]])?["canonical"]?["value"] as? String
            == "https://www.lakeshoreledger.example/2022/03/14/duluth-council-backs-ore-dock-park-plan/")
        let saved = try #require(record["page"] as? [String: Any])
        #expect(saved["requested_url"] as? String == server.url("/start"))
        #expect(saved["final_url"] as? String == server.url("/story"))
        #expect(saved["content_type"] as? String == "text/html; charset=utf-8")
        #expect(record["outlet"] as? String == "The Lakeshore Ledger")
        let back = try room.claims(["source", "show", "1", "--original"])
        #expect(back.stdoutBytes == Data(page))

        // What claims sent: who it is, what it accepts, no cookies.
        let request = try #require(server.requests.last)
        #expect(request.headers["user-agent"]?.hasPrefix("claims/0.1.0") == true)
        let accepted = request.headers["accept-encoding"] ?? ""
        #expect(accepted.contains("gzip") && accepted.contains("deflate") && accepted.contains("br"))

        // Already recorded under the address given: refused without fetching again.
        let count = server.requests.count
        let again = try room.claims(["source", "import", server.url("/story")])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already recorded as #1"))
        #expect(server.requests.count == count)
    }

    @Test func cookiesAreNotKeptAcrossRedirects() throws {
        let server = try TestHTTPServer(routes: [
            "/login": TestHTTPServer.Response(status: 302, headers: [("Location", "/story"), ("Set-Cookie", "session=abc; Path=/")]),
            "/story": .page(Array(try PageFixtures.bytes("opengraph-only"))),
        ])
        let room = try Newsroom()
        _ = try room.ok(["source", "import", server.url("/login")])
        #expect(server.requests.map(\.path) == ["/login", "/story"])
        #expect(server.requests.allSatisfy { $0.headers["cookie"] == nil })
    }

    @Test func aCompressedBodyAndAWrongCharsetHeaderAreReadRight() throws {
        let spanish = try PageFixtures.bytes("es-windows-1252")
        let server = try TestHTTPServer(routes: [
            "/gzip": TestHTTPServer.Response(
                headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                body: try Self.gzip(try PageFixtures.bytes("de-cookie-banner"))),
            // The header says UTF-8; the bytes are windows-1252, as the page's own meta says.
            "/lying-header": .page(Array(spanish), type: "text/html; charset=utf-8"),
        ])
        let room = try Newsroom()
        let german = try #require(try room.json(["source", "import", server.url("/gzip")]) as? [String: Any])
        #expect(german["language"] as? String == "de")
        let size = try PageFixtures.bytes("de-cookie-banner").count
        #expect((german["page"] as? [String: Any])?["bytes"] as? Int == size)
        let record = try #require(try room.json(["source", "import", server.url("/lying-header")]) as? [String: Any])
        let text = try #require(record["text"] as? String)
        #expect(text.contains("año") && text.contains("€") && text.contains("“"))
        #expect(!text.contains("\u{FFFD}"))
        #expect((record["page"] as? [String: Any])?["encoding"] as? String == "WINDOWS-1252 (the declared charset does not fit the bytes)")
    }

    @Test func aPlainTextDocumentIsReadInTheTextLayout() throws {
        let article = try Data(contentsOf: ArticleCommandTests.fixtures.appending(path: "02-bridge-vote.txt"))
        let server = try TestHTTPServer(routes: ["/bridge.txt": .page(Array(article), type: "text/plain; charset=utf-8")])
        let room = try Newsroom()
        let record = try #require(try room.json(["source", "import", server.url("/bridge.txt")]) as? [String: Any])
        #expect(record["web_page"] as? Bool == false)
        #expect(record["title"] as? String == "Council postpones bridge vote")
        #expect(record["url"] as? String == server.url("/bridge.txt"))
    }

    static let failures: [(path: String, response: TestHTTPServer.Response, says: String)] = [
        ("/gone", TestHTTPServer.Response(status: 410, body: Array("gone".utf8)), "answered 410 (gone: the page was removed)"),
        ("/legal", TestHTTPServer.Response(status: 451, body: Array("no".utf8)), "answered 451 (unavailable for legal reasons)"),
        ("/broken", TestHTTPServer.Response(status: 503, body: Array("busy".utf8)), "answered 503 (a server error: try again later)"),
        ("/missing", TestHTTPServer.Response(status: 404, body: Array("none".utf8)), "answered 404 (not found)"),
        ("/report.pdf", .page(Array("%PDF-1.7".utf8), type: "application/pdf"), "is a PDF, not a web page"),
        ("/photo", .page([0x89, 0x50, 0x4E, 0x47], type: "image/png"), "is an image (image/png), not a web page"),
        ("/loop-a", .redirect(to: "/loop-b"), "more than 10 redirects (a redirect loop?)"),
        ("/huge", .page([UInt8](repeating: 0x61, count: (10 << 20) + 1)), "larger than 10 MiB"),
        ("/huge-unannounced", TestHTTPServer.Response(headers: [("Content-Type", "text/html")], body: [UInt8](repeating: 0x61, count: 11 << 20), withoutLength: true), "larger than 10 MiB"),
    ]

    @Test(arguments: failures.map(\.path))
    func aFetchThatFailsSaysWhyInOneLineAndWritesNothing(_ path: String) throws {
        var routes = Dictionary(uniqueKeysWithValues: Self.failures.map { ($0.path, $0.response) })
        routes["/loop-b"] = .redirect(to: "/loop-a")
        let server = try TestHTTPServer(routes: routes)
        let room = try Newsroom()
        let before = try room.counts()
        let result = try room.claims(["source", "import", server.url(path)])
        let expected = try #require(Self.failures.first { $0.path == path }?.says)
        #expect(result.status == 6, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("claims: ") && result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try room.counts() == before)
    }

    @Test func aSlowServerTimesOutWithinTheLimit() throws {
        let server = try TestHTTPServer(routes: ["/slow": TestHTTPServer.Response(headers: [("Content-Type", "text/html")], body: Array("<p>late</p>".utf8), delay: 5)])
        let room = try Newsroom()
        let started = Date()
        let result = try room.claims(["source", "import", server.url("/slow"), "--fetch-timeout", "1"])
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(result.status == 6)
        #expect(result.stderr.contains("did not arrive within 1 s; try again, or allow longer with --fetch-timeout"))
        let small = try room.claims(["source", "import", server.url("/slow"), "--max-page-size", "0"])
        #expect(small.status == 64)
    }

    @Test func unreachableHostsAndOtherSchemesSayWhy() throws {
        let room = try Newsroom()
        // A port nothing listens on: a server that was just stopped.
        let closed = try TestHTTPServer(routes: [:])
        closed.stop()
        let port = closed.port
        let refused = try room.claims(["source", "import", "http://127.0.0.1:\(port)/story"])
        #expect(refused.status == 6)
        #expect(refused.stderr.contains("127.0.0.1 refused the connection"))
        let unknown = try room.claims(["source", "import", "http://no-such-host.invalid/story"])
        #expect(unknown.status == 6)
        #expect(unknown.stderr.contains("was not found (DNS)") || unknown.stderr.contains("could not be fetched"), "\(unknown)")
        let empty = try room.claims(["source", "import", "https://"])
        #expect(empty.status == 1)
        #expect(empty.stderr == "claims: 'https://' is not a URL: give the full address, starting with https:// or http://\n")
        let ftp = try room.claims(["source", "import", "ftp://files.example/story.html"])
        #expect(ftp.status == 1)
        #expect(ftp.stderr == "claims: 'ftp://files.example/story.html' is not an http or https address; claims fetches web pages only (save the document and import the file)\n")
        #expect(try room.counts()["sources"] == 0)
    }

    @Test func aCertificateThatCannotBeVerifiedIsRefused() throws {
        let directory = try TemporaryDirectory.make(prefix: "claims-tls")
        defer { try? FileManager.default.removeItem(at: directory) }
        let openssl = URL(fileURLWithPath: "/usr/bin/openssl")
        let key = directory.appending(path: "key.pem").path
        let certificate = directory.appending(path: "cert.pem").path
        let made = try ClaimsBinary.run(
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=127.0.0.1"],
            executable: openssl)
        try #require(made.status == 0, "\(made)")
        let free = try TestHTTPServer(routes: [:])
        free.stop()
        let port = free.port
        // Not a Foundation Process: a child that outlives the call keeps Process's descriptors
        // open and stalls every later wait.
        let pid = try ChildProcess.start(
            openssl.path, ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificate, "-key", key, "-www", "-quiet"],
            environment: [:], workingDirectory: directory.path)
        defer {
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
        }
        Thread.sleep(forTimeInterval: 0.5)
        let room = try Newsroom()
        let result = try room.claims(["source", "import", "https://127.0.0.1:\(port)/"])
        #expect(result.status == 6, "\(result)")
        #expect(result.stderr.contains("TLS certificate could not be verified"))
    }
}
