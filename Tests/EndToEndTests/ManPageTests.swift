// Docs/man/claims.1 is made from the same description of the commands as Docs/cli.md (ArgumentParser's
// own dump of the command tree), so `man claims` and `claims --help` never disagree. This test fails
// when the page is stale; CLAIMS_UPDATE_DOCS=1 rewrites it.
import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct ManPageTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Docs/man/claims.1")

    /// The command tree as `claims --experimental-dump-help` describes it.
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var isOptional: Bool?
        var isRepeating: Bool?
        var shouldDisplay: Bool?

        /// "-d, --database <name>", or "<text>" for a positional.
        var label: String {
            let value = valueName.map { "<\($0)>" } ?? ""
            guard kind != "positional" else { return value + (isRepeating == true ? " ..." : "") }
            let spelled = (names ?? []).map { $0.kind == "long" ? "--\($0.name)" : "-\($0.name)" }.joined(separator: ", ")
            return kind == "option" ? "\(spelled) \(value)" : spelled
        }
    }

    /// Text safe in a roff line: backslashes as \e, a leading dot or quote escaped, dashes as \-,
    /// and every character beyond ASCII as \[uXXXX].
    static func roff(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var escaped = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
            // troff reads bytes, not UTF-8: other characters go in as their Unicode names.
            return escaped.unicodeScalars.map { scalar in
                scalar.isASCII ? String(scalar) : "\\[u" + String(format: "%04X", scalar.value) + "]"
            }.joined()
        }.joined(separator: "\n")
    }

    /// A discussion as roff: its paragraphs as paragraphs, its indented blocks (examples, lists) kept
    /// as they are laid out.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { block in
            let indented = block.split(separator: "\n").contains { $0.hasPrefix(" ") }
            return indented ? ".PP\n.nf\n\(roff(block))\n.fi" : ".PP\n\(roff(block.replacingOccurrences(of: "\n", with: " ")))"
        }.joined(separator: "\n")
    }

    static func options(_ arguments: [Argument]) -> String {
        arguments.filter { $0.shouldDisplay != false && !["help", "version"].contains($0.names?.first?.name ?? "") }.map { argument in
            ".TP\n.B \(roff(argument.label))\n\(roff(argument.abstract ?? ""))"
        }.joined(separator: "\n")
    }

    static func render(_ root: Command) -> String {
        var page = """
            .\\" Generated from claims' own help by Tests/EndToEndTests/ManPageTests.swift; do not edit.
            .\\" After changing a command: CLAIMS_UPDATE_DOCS=1 swift test --filter ManPageTests
            .TH CLAIMS 1 "" "claims" "User Commands"
            .SH NAME
            claims \\- \(roff(root.abstract ?? ""))
            .SH SYNOPSIS
            .B claims
            [\\fIconnection options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]
            .SH DESCRIPTION
            \(paragraphs(root.discussion ?? ""))
            .SH CONNECTION OPTIONS
            These go before or after the command.
            \(options(root.arguments ?? []))
            .SH COMMANDS

            """
        func walk(_ command: Command, _ path: [String]) {
            guard command.commandName != "help", command.shouldDisplay != false else { return }
            let here = path + [command.commandName]
            if !path.isEmpty {
                let usage = (command.arguments ?? []).filter { $0.kind == "positional" && $0.shouldDisplay != false }
                    .map { $0.isOptional == true ? "[\($0.label)]" : $0.label }
                page += ".SS \(roff((here + usage).joined(separator: " ")))\n\(roff(command.abstract ?? ""))\n"
                if let discussion = command.discussion, !discussion.isEmpty { page += paragraphs(discussion) + "\n" }
                let flags = options((command.arguments ?? []).filter { $0.kind != "positional" })
                if !flags.isEmpty { page += ".RS\n\(flags)\n.RE\n" }
            }
            for sub in command.subcommands ?? [] { walk(sub, here) }
        }
        walk(root, [])
        page += """
            .SH FILES
            .TP
            .I ~/.local/share/claims
            The embedded PostgreSQL cluster (/var/lib/claims as root), unless \\-\\-data\\-dir or CLAIMS_DATA_DIR says otherwise.
            .SH SEE ALSO
            .BR psql (1),
            .BR pg_dump (1).
            Docs/cli.md, Docs/tutorial.md and Docs/json.md in the source tree.

            """
        return page
    }

    @Test func theManPageIsCurrent() throws {
        let dump = try ClaimsBinary.run(["--experimental-dump-help"])
        struct Tool: Decodable { var command: Command }
        let root = try JSONDecoder().decode(Tool.self, from: Data(dump.stdout.utf8)).command
        let fresh = Self.render(root)
        if ProcessInfo.processInfo.environment["CLAIMS_UPDATE_DOCS"] == "1" {
            try FileManager.default.createDirectory(at: Self.page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fresh.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let current = (try? String(contentsOf: Self.page, encoding: .utf8)) ?? ""
        #expect(current == fresh, "Docs/man/claims.1 is stale: run CLAIMS_UPDATE_DOCS=1 swift test --filter ManPageTests")
        #expect(fresh.contains(".SS claims db create <name>"))
        #expect(fresh.contains(".B \\-d, \\-\\-database <name>"))
    }

    /// man(1) reads it without a warning, and it says what --help says.
    @Test func manReadsIt() throws {
        // scripts/test installs groff-base; a machine without it fails here rather than passing unread.
        let result = try ClaimsBinary.run(
            ["-c", "groff -man -Tutf8 -ww -z \"$0\" 2>&1; groff -man -Tascii \"$0\" 2>/dev/null | col -b", Self.page.path],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("warning"), "\(result.stdout.prefix(2000))")
        #expect(result.stdout.contains("Record a claim: what a speaker said"))
    }
}
