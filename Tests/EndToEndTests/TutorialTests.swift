// Docs/tutorial.md is a test: every command in it runs, in order, on a fresh embedded cluster, as a
// reader would type it; the output it shows is the output claims prints. CLAIMS_UPDATE_DOCS=1
// rewrites the shown output instead of comparing it.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) final class TutorialTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let page = root.appending(path: "Docs/tutorial.md")

    let home: URL

    init() throws {
        home = try TemporaryDirectory.make(prefix: "claims-tutorial")
    }

    deinit {
        _ = try? run("claims db stop")
        try? FileManager.default.removeItem(at: home)
    }

    /// One fenced block of the page: its info string ("sh", "text", "console") and its lines.
    struct Block {
        var kind: String
        var lines: [String]
        /// Where its lines start and end in the page's lines, for rewriting them.
        var range: Range<Int>
    }

    static func blocks(_ lines: [String]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("```") else {
                index += 1
                continue
            }
            let kind = String(lines[index].dropFirst(3))
            let start = index + 1
            var end = start
            while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
            blocks.append(Block(kind: kind, lines: Array(lines[start..<end]), range: start..<end))
            index = end + 1
        }
        return blocks
    }

    /// The commands of a shell block: continued lines joined, comments after "  #" dropped.
    static func commands(_ lines: [String]) -> [String] {
        var commands: [String] = []
        var current = ""
        for line in lines {
            var text = line
            if let comment = text.range(of: "  #") { text = String(text[..<comment.lowerBound]) }
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("\\") {
                current += String(text.dropLast()) + " "
                continue
            }
            current += text
            if !current.trimmingCharacters(in: .whitespaces).isEmpty { commands.append(current) }
            current = ""
        }
        return commands
    }

    var exports: [String] = []

    /// `command` run by sh as the page shows it, with the built claims first on PATH, in the
    /// repository's root (the page names Docs/examples/story.txt from there); stderr with stdout.
    func run(_ command: String) throws -> CommandResult {
        let script = (exports + [command]).joined(separator: "\n")
        return try ClaimsBinary.run(
            ["-c", script + " 2>&1"],
            environment: [
                "PATH": ClaimsBinary.url.deletingLastPathComponent().path + ":/usr/bin:/bin",
                "CLAIMS_DATA_DIR": home.appending(path: "data").path, "HOME": home.path,
            ],
            executable: URL(fileURLWithPath: "/bin/sh"), workingDirectory: Self.root)
    }

    /// The output with what differs from run to run (the time a page was read) put as the page
    /// shows it.
    static func steady(_ output: String) -> String {
        output.replacingOccurrences(
            of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC"#, with: "<time read> UTC", options: .regularExpression)
    }

    @Test func everyCommandRunsAndPrintsWhatThePageShows() throws {
        var lines = try String(contentsOf: Self.page, encoding: .utf8).components(separatedBy: "\n")
        let update = ProcessInfo.processInfo.environment["CLAIMS_UPDATE_DOCS"] == "1"
        var last: CommandResult?
        var ran = 0
        var rewrites: [(Range<Int>, [String])] = []
        for block in Self.blocks(lines) {
            switch block.kind {
            case "sh":
                for command in Self.commands(block.lines) {
                    if command.hasPrefix("export ") {
                        exports.append(command)
                        continue
                    }
                    let result = try run(command)
                    #expect(result.status == 0, "\(command): \(result)")
                    last = result
                    ran += 1
                }
            case "text":
                // What the command just before prints.
                let shown = Self.steady(try #require(last, "a text block with no command before it").stdout)
                let printed = shown.hasSuffix("\n") ? String(shown.dropLast()) : shown
                if update {
                    rewrites.append((block.range, printed.components(separatedBy: "\n")))
                } else {
                    #expect(block.lines.joined(separator: "\n") == printed, "the tutorial shows other output than claims prints")
                }
            case "console":
                // "$ command" lines, each followed by what it prints; "$ echo $?" by its exit code.
                var rewritten: [String] = []
                var index = 0
                var status: Int32 = 0
                while index < block.lines.count {
                    let line = block.lines[index]
                    index += 1
                    guard line.hasPrefix("$ ") else { continue }
                    let command = String(line.dropFirst(2))
                    var expected: [String] = []
                    while index < block.lines.count, !block.lines[index].hasPrefix("$ ") {
                        expected.append(block.lines[index])
                        index += 1
                    }
                    let printed: [String]
                    if command == "echo $?" {
                        printed = [String(status)]
                    } else {
                        let result = try run(command)
                        status = result.status
                        printed = Self.steady(result.stdout).components(separatedBy: "\n").dropLast()
                        ran += 1
                    }
                    rewritten += [line] + printed
                    if !update { #expect(expected == printed, "\(command)") }
                }
                if update { rewrites.append((block.range, rewritten)) }
            default:
                break
            }
        }
        #expect(ran >= 25, "the tutorial's commands were not found")
        if update {
            for (range, replacement) in rewrites.reversed() { lines.replaceSubrange(range, with: replacement) }
            try lines.joined(separator: "\n").write(to: Self.page, atomically: true, encoding: .utf8)
        }
    }
}
