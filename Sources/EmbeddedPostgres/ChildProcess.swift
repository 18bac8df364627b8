// Runs a program and waits for it, with posix_spawn and waitpid.
//
// Foundation's Process is not used here: when the program leaves a daemon behind (pg_ctl start
// leaves the postmaster), its waitUntilExit can wait forever. Here the child gets only /dev/null
// and an output file, every other descriptor is closed, and waitpid returns when it exits.
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

package enum ChildProcess {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], workingDirectory: String
    ) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory
            .appending(path: "claims-child-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        let pid = try start(executable, arguments, environment: environment, workingDirectory: workingDirectory, output: outputPath)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 {
            guard errno == EINTR else { break }
        }
        let exited = (waitStatus & 0x7f) == 0
        let status = exited ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// Starts a program without waiting for it: standard input from /dev/null, output to the
    /// file at `output` (or /dev/null), every other descriptor closed and no signal blocked, so
    /// that a server a test leaves running holds nothing of the test's and stops when told to.
    package static func start(
        _ executable: String, _ arguments: [String], environment: [String: String], workingDirectory: String,
        output: String = "/dev/null"
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // glibc 2.34+ has both; Swift's Glibc module does not export them, so look them up.
        if let closeFrom = GNUSpawnActions.closeFrom {
            _ = closeFrom(&actions, 3)
        }
        if let changeDirectory = GNUSpawnActions.changeDirectory {
            _ = changeDirectory(&actions, workingDirectory)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawnStatus = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawnStatus == 0 else {
            throw LocalClusterError.directoryUnusable(
                path: executable, reason: "cannot run it: \(String(cString: strerror(spawnStatus)))")
        }
        return pid
    }
}

/// glibc extensions to posix_spawn, found at run time.
private enum GNUSpawnActions {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static var closeFrom: CloseFrom? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            .map { unsafeBitCast($0, to: CloseFrom.self) }
    }

    static var changeDirectory: ChangeDirectory? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np")
            .map { unsafeBitCast($0, to: ChangeDirectory.self) }
    }
}
