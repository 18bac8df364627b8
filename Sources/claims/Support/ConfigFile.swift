// The configuration file: defaults a person sets once, in the key=value lines of pg_service.conf.
import ClaimsCore
import FoundationEssentials
import Basics
import Glibc

/// `$CLAIMS_CONFIG`, else `$XDG_CONFIG_HOME/claims/config`, else `~/.config/claims/config`:
///
///     # claims defaults; flags and environment variables override them
///     database = newsroom
///     actor = Ana Ruiz
///     format = json
///
/// Each key sits below its flag and its environment variable (`--database-url`,
/// `CLAIMS_DATABASE_URL` and libpq's PG* variables, then `database_url`). Lines starting with `#`
/// are comments; `claims config set` keeps them and the order of the others.
struct ConfigFile {
    /// The keys claims reads, with what each sets.
    static let keys: [(name: String, meaning: String)] = [
        ("database_url", "the database, as --database-url (below CLAIMS_DATABASE_URL and libpq's PG* variables)"),
        ("database", "the embedded cluster's database, by name (below -d and CLAIMS_DATABASE)"),
        ("data_dir", "the embedded cluster's directory, as --data-dir (below CLAIMS_DATA_DIR)"),
        ("actor", "who makes the changes, as --as (below CLAIMS_ACTOR)"),
        ("format", "the output format of every command that has that format (--format overrides it)"),
        ("pager", "the pager (below CLAIMS_PAGER, above PAGER); empty for none"),
    ]

    var path: String
    /// The file's lines as read, for rewriting it with only the changed lines changed.
    private(set) var lines: [String]

    /// The file of this environment, read; an absent file is empty.
    ///
    /// - Parameter strict: false for `claims config` itself, which must still mend a file with a
    ///   broken line; every other command refuses one.
    static func load(strict: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConfigFile {
        let path = location(environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else { return ConfigFile(path: path, lines: []) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure(message: "the configuration file \(path) is not UTF-8 text: fix it, or remove it")
        }
        let file = ConfigFile(path: path, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        if strict, let (number, line) = file.malformedLine {
            throw CommandFailure(
                message: "\(path) line \(number) is not key = value ('\(line)'): fix the line or delete it")
        }
        return file
    }

    /// The file claims reads this run, loaded once; a broken file is refused by every command.
    nonisolated(unsafe) static var current: Result<ConfigFile, CommandFailure> = {
        do { return .success(try load()) } catch let failure as CommandFailure { return .failure(failure) } catch {
            return .failure(CommandFailure(message: CommandFailure.describe(error)))
        }
    }()

    /// The value of `key` in the file claims reads, nil when unset (or the file is broken: the
    /// command reports that once it opens the database).
    static func value(_ key: String) -> String? {
        try? current.get().value(key)
    }

    static func location(environment: [String: String]) -> String {
        if let explicit = environment["CLAIMS_CONFIG"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/claims/config" }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.config/claims/config"
    }

    /// The settings, in file order; a key given twice takes its last value, as libpq's files do.
    var values: [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        for line in lines {
            guard let (key, value) = Self.split(line) else { continue }
            result.removeAll { $0.key == key }
            result.append((key, value))
        }
        return result
    }

    /// The last line setting `key` wins.
    func value(_ key: String) -> String? {
        lines.reversed().lazy.compactMap(Self.split).first { $0.0 == key }?.1
    }

    /// The first line that is neither blank, a comment, nor key = value.
    var malformedLine: (Int, String)? {
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if Self.split(line) == nil { return (index + 1, trimmed) }
        }
        return nil
    }

    static func split(_ line: String) -> (String, String)? {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
        let key = trimmed[..<equals].trimmingWhitespace()
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        return (key.lowercased(), trimmed[trimmed.index(after: equals)...].trimmingWhitespace())
    }

    /// `key` set to `value` in place, or added at the end.
    mutating func set(_ key: String, to value: String) {
        let line = "\(key) = \(value)"
        if let index = lines.lastIndex(where: { Self.split($0)?.0 == key }) {
            lines[index] = line
            lines = lines.enumerated().filter { $0.offset == index || Self.split($0.element)?.0 != key }.map(\.element)
        } else {
            if lines.last == "" { lines.removeLast() }
            if lines.isEmpty { lines.append("# claims defaults; flags and environment variables override them") }
            lines += [line, ""]
        }
    }

    /// Every line setting `key` removed; false when it was not set.
    mutating func unset(_ key: String) -> Bool {
        let before = lines.count
        lines.removeAll { Self.split($0)?.0 == key }
        return lines.count != before
    }

    /// Written in full to a new file beside the old one, then renamed over it: a crash leaves the
    /// old file or the new, never half of one. The directory is made (0700) when missing.
    func save() throws {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let scratch = path + ".new"
        try? FileManager.default.removeItem(atPath: scratch)
        let file: FileDescriptor
        // Readable by its owner only: database_url may hold a password.
        switch FileDescriptor.create(scratch, mode: 0o600) {
        case .success(let created): file = created
        case .failure(let error): throw CommandFailure(message: "cannot write \(scratch): \(error)")
        }
        guard file.write(lines.joined(separator: "\n")) else {
            let error = FileError(errno: errno)
            file.close()
            throw CommandFailure(message: "cannot write \(scratch): \(error)")
        }
        do { try file.syncAndClose() } catch { throw CommandFailure(message: "cannot write \(scratch): \(error)") }
        guard rename(scratch, path) == 0 else {
            throw CommandFailure(message: "cannot replace \(path): \(FileError(errno: errno))")
        }
    }
}
