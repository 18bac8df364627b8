// Headless Chromium (Debian's chromium package), to render HTML the way a reader's browser would.
import Foundation

public enum Chromium {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "Chromium is not installed: apt-get install chromium (bash scripts/test does)" }
    }

    /// The browser binary on PATH.
    public static func binary() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = URL(fileURLWithPath: String(directory)).appending(path: name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw Missing()
    }

    /// The document as Chromium parsed it, serialised back to HTML.
    public static func dumpDOM(_ page: URL) throws -> String {
        try run(["--dump-dom", page.absoluteString]).stdout
    }

    /// A PNG of the rendered page.
    public static func screenshot(_ page: URL, to png: URL, width: Int = 1200, height: Int = 1600, dark: Bool = false) throws {
        try FileManager.default.createDirectory(at: png.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: png)
        _ = try run(
            ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)"]
                + (dark ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : []) + [page.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> CommandResult {
        let profile = try TemporaryDirectory.make(prefix: "claims-chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        return try ClaimsBinary.run(
            ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments,
            environment: ["HOME": profile.path], executable: try binary())
    }
}
