// The layers of Docs/architecture.md, checked: SwiftPM lets a target import its dependencies'
// dependencies, so nothing but this test stops the command line from reaching past the core.
import Foundation
import Testing

@Suite struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What each target's files may import. `hidden` modules may be imported only as `internal` or
    /// `package`, so that nothing of them shows in the target's public interface.
    struct Rule {
        var directory: String
        var allowed: Set<String>
        var hidden: Set<String> = []
    }

    static let system: Set<String> = ["FoundationEssentials", "Glibc", "Musl"]
    static let rules = [
        Rule(directory: "Sources/Basics", allowed: system),
        Rule(directory: "Sources/Checksum", allowed: system),
        Rule(directory: "Sources/Postgres", allowed: system.union(["CLibPQ", "Basics"])),
        Rule(directory: "Sources/EmbeddedPostgres", allowed: system.union(["Postgres", "Basics"])),
        Rule(directory: "Sources/HTML", allowed: system.union(["CLibXML2"]), hidden: ["CLibXML2"]),
        Rule(directory: "Sources/WebFetch", allowed: system.union(["CCurl"]), hidden: ["CCurl"]),
        Rule(directory: "Migrations", allowed: system.union(["Postgres", "Checksum", "Basics"])),
        Rule(
            directory: "Sources/ClaimsCore",
            allowed: system.union(["Basics", "Postgres", "EmbeddedPostgres", "Migrations", "Checksum", "HTML", "WebFetch"]),
            hidden: ["Postgres", "EmbeddedPostgres", "Migrations", "Checksum", "HTML", "WebFetch"]),
        Rule(directory: "Sources/claims", allowed: system.union(["ClaimsCore", "Basics", "ArgumentParser"])),
    ]

    /// Every `import` line of the Swift files under `base`: (file, access level, module).
    static func imports(at base: URL) throws -> [(file: String, access: String, module: String)] {
        guard let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, String, String)] = []
        let pattern = /^\s*(?:@testable\s+)?(?:(public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|func|var|let|typealias|protocol)\s+)?([A-Za-z_][A-Za-z0-9_]*)/
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard let match = try pattern.firstMatch(in: String(line)) else { continue }
                let file = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count + 1)) : url.path
                found.append((file, match.1.map(String.init) ?? "public", String(match.2)))
            }
        }
        return found
    }

    @Test(arguments: rules.map(\.directory))
    func eachTargetImportsOnlyWhatItMay(directory: String) throws {
        let rule = try #require(Self.rules.first { $0.directory == directory })
        let imports = try Self.imports(at: Self.root.appending(path: directory))
        #expect(!imports.isEmpty || ["Sources/Checksum"].contains(directory), "no Swift imports found under \(directory)")
        for entry in imports {
            #expect(rule.allowed.contains(entry.module), "\(entry.file) imports \(entry.module), which \(directory) may not use")
            if rule.hidden.contains(entry.module) {
                #expect(entry.access != "public", "\(entry.file) imports \(entry.module) publicly; write `internal import` (or `package import` where tests need it)")
            }
        }
    }

    /// The check itself reads what it should: a line it must refuse is refused.
    @Test func theImportPatternSeesAccessLevelsAndIndentedImports() throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "architecture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try """
            import Postgres
            package import Migrations
            #if canImport(Glibc)
                import Glibc
            #endif
            // import Commented
            let important = 1
            """.write(to: scratch.appending(path: "Sample.swift"), atomically: true, encoding: .utf8)
        let found = try Self.imports(at: scratch)
        #expect(found.map(\.module) == ["Postgres", "Migrations", "Glibc"])
        #expect(found.map(\.access) == ["public", "package", "public"])
    }
}
