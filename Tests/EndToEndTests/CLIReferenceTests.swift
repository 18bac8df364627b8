// Docs/cli.md is the commands' own --help, gathered in one page. This test fails when the page is
// stale; CLAIMS_UPDATE_DOCS=1 makes it rewrite the page instead.
import Foundation
import Testing
import TestSupport

@Suite struct CLIReferenceTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Docs/cli.md")

    /// Every command path, from ArgumentParser's own description of the command tree.
    func commandPaths() throws -> [[String]] {
        let dump = try ClaimsBinary.run(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            guard let name = command["commandName"] as? String, name != "help" else { return }
            let here = path + [name]
            paths.append(here)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, here) }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return paths
    }

    func render() throws -> String {
        var page = """
            # Command reference

            Generated from the commands' own `--help` by `Tests/EndToEndTests/CLIReferenceTests.swift`;
            do not edit by hand. After changing a command, run
            `CLAIMS_UPDATE_DOCS=1 swift test --filter CLIReferenceTests` to rewrite this page.

            Shell completions: `claims --generate-completion-script bash` (or `zsh`, `fish`); see README.md.

            """
        for path in try commandPaths() {
            let help = try ClaimsBinary.run(Array(path.dropFirst()) + ["--help"], environment: ["COLUMNS": "100"])
            page += "\n## \(path.joined(separator: " "))\n\n```text\n\(help.stdout.trimmingCharacters(in: .newlines))\n```\n"
        }
        return page
    }

    /// Help is laid out at 80 columns: a discussion line longer than that is broken by the parser
    /// into a long line and a stray word or two on the next. Read wide (COLUMNS=200, so that the
    /// parser breaks nothing), the discussion between the overview and the usage fits 80.
    @Test func everyCommandsDiscussionFitsEightyColumns() throws {
        for path in try commandPaths() {
            let help = try ClaimsBinary.run(Array(path.dropFirst()) + ["--help"], environment: ["COLUMNS": "200"])
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            // The overview's first paragraph is the abstract, which the parser wraps itself.
            guard let afterAbstract = lines.firstIndex(where: \.isEmpty), let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }),
                afterAbstract < usage
            else { continue }
            for line in lines[afterAbstract..<usage] {
                #expect(line.count <= 80, "\(path.joined(separator: " ")) --help: \(line)")
            }
        }
    }

    @Test func theReferenceIsCurrent() throws {
        let fresh = try render()
        if ProcessInfo.processInfo.environment["CLAIMS_UPDATE_DOCS"] == "1" {
            try fresh.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let current = (try? String(contentsOf: Self.page, encoding: .utf8)) ?? ""
        #expect(current == fresh, "Docs/cli.md is stale: run CLAIMS_UPDATE_DOCS=1 swift test --filter CLIReferenceTests")
        #expect(fresh.contains("## claims import claimreview"))
        #expect(fresh.contains("## claims db reset"))
    }
}
