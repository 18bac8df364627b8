// Every input the fuzzer ever broke a parser with, replayed through the plain claims-fuzz build,
// with the seeds and fixtures it starts from.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures")

    @Test func theParsersSurviveEveryKeptInput() throws {
        let replay = ClaimsBinary.url.deletingLastPathComponent().appending(path: "claims-fuzz")
        let directories = ["fuzz/regressions", "fuzz/seeds", "articles", "claimreview", "pages"].map { Self.fixtures.appending(path: $0).path }
        let inputs = try directories.reduce(0) { $0 + (try FileManager.default.contentsOfDirectory(atPath: $1).count) }
        let result = try ClaimsBinary.run(directories, executable: replay)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "claims-fuzz: \(inputs) inputs, no crash\n", "\(result)")
    }
}
