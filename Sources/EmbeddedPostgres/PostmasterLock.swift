// What a cluster's postmaster.pid means: a live server, or one left behind by a server that died
// (a crash, an OOM kill, a power cut) and so names a pid that is gone, a zombie, or by now some
// other program.
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The lock file PostgreSQL writes in its data directory while it runs, read and checked against
/// the processes that are actually running.
enum PostmasterLock: Equatable {
    /// No postmaster.pid: the server is stopped (cleanly, or it never ran).
    case none
    /// postmaster.pid names this cluster's running server, or a live postgres of the server's
    /// account that cannot be told from it (see `ServerProcesses.isWorking`).
    case live(pid: Int32)
    /// postmaster.pid names a process that is not this cluster's server: the server died without
    /// removing it. PostgreSQL recovers from its WAL when started; the file only has to go first
    /// when its pid now belongs to another live program (the server would refuse to start).
    case stale(pid: Int32)

    /// The port the server listened on (postmaster.pid's fourth line), which names its socket's
    /// lock file; 5432 when the file does not say.
    static func port(dataDirectory: URL) -> Int {
        let contents = try? String(contentsOf: dataDirectory.appending(path: "postmaster.pid"), encoding: .utf8)
        let lines = contents?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        return lines.count > 3 ? Int(lines[3].trimmingWhitespace()) ?? 5432 : 5432
    }

    /// Reads `<dataDirectory>/postmaster.pid`. A pid counts as the server when that process is
    /// alive, not a zombie, runs postgres as `owner` (the server's account), and works in this data
    /// directory (the postmaster and its children all run with it as their working directory), so
    /// a pid reused by another program after a reboot is never taken for the server.
    static func read(dataDirectory: URL, owner: uid_t) -> PostmasterLock {
        let file = dataDirectory.appending(path: "postmaster.pid")
        guard let contents = try? String(contentsOf: file, encoding: .utf8) else { return .none }
        guard let firstLine = contents.split(separator: "\n", omittingEmptySubsequences: false).first,
            let pid = Int32(firstLine.trimmingWhitespace()), pid > 0
        else { return .stale(pid: 0) }
        return ServerProcesses.isWorking(in: dataDirectory, pid: pid, owner: owner) ? .live(pid: pid) : .stale(pid: pid)
    }
}

/// The processes running in a data directory, found through /proc.
enum ServerProcesses {
    /// Whether `pid` is a live `postgres` process working in `dataDirectory`. Without /proc (not
    /// Linux) only whether it is alive. A live postgres whose working directory cannot be read (as
    /// root without CAP_SYS_PTRACE, the server account's processes are closed to it) counts as the
    /// server: taking a live server for a dead one would delete its lock file.
    static func isWorking(in dataDirectory: URL, pid: Int32, owner: uid_t) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard FileManager.default.fileExists(atPath: "/proc/self/stat") else { return true }
        guard let directory = canonical(dataDirectory.path) else { return false }
        return works(pid, in: directory, owner: owner) != false
    }

    /// Every `postgres` process seen working in `dataDirectory`: a dead server's children that
    /// have not yet noticed, which would keep its shared memory in use. One whose directory cannot
    /// be read is not counted (it may be another cluster's).
    static func all(in dataDirectory: URL, owner: uid_t) -> [Int32] {
        guard let directory = canonical(dataDirectory.path),
            let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc")
        else { return [] }
        return entries.compactMap(Int32.init).filter { works($0, in: directory, owner: owner) == true }.sorted()
    }

    /// true when `pid` is a live postgres of `owner` working in `directory`; false when it is gone,
    /// a zombie, another program (a shell someone left in the directory, a pid reused after a
    /// reboot), another account's, or a postgres working elsewhere; nil when it is a live postgres
    /// of `owner` whose directory cannot be read.
    private static func works(_ pid: Int32, in directory: String, owner: uid_t) -> Bool? {
        var info = stat()
        guard stat("/proc/\(pid)", &info) == 0, info.st_uid == owner else { return false }
        // "1234 (postgres) S 1 ...": the command between the first "(" and the last ")", then the
        // state. /proc/PID/stat is readable by everyone.
        guard let stat = FileTail.read("/proc/\(pid)/stat", last: 4096), let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
        else { return false }
        let command = stat[stat.index(after: open)..<close]
        let state = stat[stat.index(after: close)...].trimmingWhitespace().first
        // Nix wraps the binary as .postgres-wrapped (cut to 15 characters by the kernel).
        guard command == "postgres" || command.hasPrefix(".postgres-wrap"), state != "Z", state != "X" else { return false }
        guard let cwd = link("/proc/\(pid)/cwd") else { return errno == EACCES || errno == EPERM ? nil : false }
        return cwd == directory
    }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
