// Runs the built `claims` executable as a user would, capturing what it prints.
import Foundation

public struct CommandResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Standard output exactly as written (`stdout` is it read as UTF-8).
    public var stdoutBytes: Data = Data()

    public var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
}

public enum ClaimsBinary {
    /// The `claims` executable built beside the test bundle (or `$CLAIMS_BINARY`).
    public static var url: URL {
        if let explicit = ProcessInfo.processInfo.environment["CLAIMS_BINARY"] {
            return URL(fileURLWithPath: explicit)
        }
        let testBundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBundle.deletingLastPathComponent().appending(path: "claims")
    }

    /// Runs `claims` with `arguments` in a clean environment: no PG* or CLAIMS_* variables from the
    /// test process leak in, only those in `environment`.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], executable: URL? = nil,
        workingDirectory: URL? = nil, input: String? = nil
    ) throws -> CommandResult {
        try run(arguments, environment: environment, executable: executable, workingDirectory: workingDirectory, inputBytes: input.map { Data($0.utf8) })
    }

    /// Runs `claims` with arguments given as raw bytes, which need not be UTF-8 (a Swift `String`
    /// cannot hold such an argument): a shell rebuilds each one with printf and execs claims.
    public static func run(rawArguments: [[UInt8]], inputBytes: Data? = nil) throws -> CommandResult {
        let rebuilt = rawArguments.map { bytes in
            "\"$(printf '" + bytes.map { "\\" + String($0, radix: 8) }.joined() + "')\""
        }
        return try run(
            ["-c", "exec \"$0\" " + rebuilt.joined(separator: " "), url.path], executable: URL(fileURLWithPath: "/bin/sh"),
            inputBytes: inputBytes)
    }

    /// As `run`, with standard input given as bytes (which may be anything, invalid UTF-8 included).
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], executable: URL? = nil,
        workingDirectory: URL? = nil, inputBytes: Data?
    ) throws -> CommandResult {
        var base = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("PG") && !key.hasPrefix("CLAIMS_")
        }
        // No configuration file of the person running the tests: only one a test names.
        base["CLAIMS_CONFIG"] = "/dev/null"
        base.merge(environment) { _, new in new }
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        process.environment = base
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appending(path: "claims-out-\(UUID().uuidString)")
        let errURL = directory.appending(path: "claims-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let inputURL = directory.appending(path: "claims-in-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: inputURL) }
        if let inputBytes {
            try inputBytes.write(to: inputURL)
            process.standardInput = try FileHandle(forReadingFrom: inputURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let output = (try? Data(contentsOf: outURL)) ?? Data()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "", stdoutBytes: output)
    }

    /// Runs `claims` with its standard streams on a pseudo-terminal (script(1)), `columns` wide
    /// (script's terminal has no size of its own, so claims reads COLUMNS). What it printed comes
    /// back in `stdout`, stderr included, with the terminal's CR LF line ends made LF. No pager
    /// unless `environment` names one (CLAIMS_PAGER, or a CLAIMS_CONFIG file's): less would wait
    /// for a key.
    public static func runInTerminal(
        _ arguments: [String], columns: Int, environment: [String: String] = [:], input: String? = nil
    ) throws -> CommandResult {
        let command = ([url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        var result = try run(
            ["-qec", command, "/dev/null"],
            environment: (environment["CLAIMS_CONFIG"] == nil ? ["CLAIMS_PAGER": ""] : [:]).merging(environment) { $1 }
                .merging(["TERM": "xterm", "COLUMNS": String(columns)]) { $1 },
            executable: URL(fileURLWithPath: "/usr/bin/script"), input: input)
        result.stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        return result
    }
}
