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
    /// postmaster.pid names this cluster's running server.
    case live(pid: Int32)
    /// postmaster.pid names a process that is not this cluster's server: the server died without
    /// removing it. PostgreSQL recovers from its WAL when started; the file only has to go first
    /// when its pid now belongs to another live program (the server would refuse to start).
    case stale(pid: Int32)

    /// Reads `<dataDirectory>/postmaster.pid`. A pid counts as the server only when that process
    /// is alive, not a zombie, and works in this data directory (the postmaster and its children
    /// all run with it as their working directory), so a pid reused by another program after a
    /// reboot is never taken for the server.
    static func read(dataDirectory: URL) -> PostmasterLock {
        let file = dataDirectory.appending(path: "postmaster.pid")
        guard let contents = try? String(contentsOf: file, encoding: .utf8) else { return .none }
        guard let firstLine = contents.split(separator: "\n").first, let pid = Int32(firstLine.trimmingWhitespace()), pid > 0
        else { return .stale(pid: 0) }
        return ServerProcesses.isWorking(in: dataDirectory, pid: pid) ? .live(pid: pid) : .stale(pid: pid)
    }
}

/// The processes running in a data directory, found through /proc.
enum ServerProcesses {
    /// Whether `pid` is a live `postgres` process working in `dataDirectory`. Without /proc (not
    /// Linux) only whether it is alive.
    static func isWorking(in dataDirectory: URL, pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard FileManager.default.fileExists(atPath: "/proc/self/cwd") else { return true }
        guard let directory = canonical(dataDirectory.path) else { return false }
        return isServer(pid, in: directory)
    }

    /// Every `postgres` process working in `dataDirectory`: a dead server's children that have
    /// not yet noticed, which would keep its shared memory in use.
    static func all(in dataDirectory: URL) -> [Int32] {
        guard let directory = canonical(dataDirectory.path),
            let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc")
        else { return [] }
        return entries.compactMap(Int32.init).filter { isServer($0, in: directory) }.sorted()
    }

    /// A zombie has no working directory, and a process of another user (EACCES) is not ours; a
    /// shell someone left in the directory is not a server.
    private static func isServer(_ pid: Int32, in directory: String) -> Bool {
        link("/proc/\(pid)/cwd") == directory && link("/proc/\(pid)/exe").map { $0.hasSuffix("/postgres") } == true
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
