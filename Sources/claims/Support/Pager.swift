// Long output on a terminal through a pager, as git and psql do.
import ArgumentParser
import FoundationEssentials
import Glibc
import Basics

/// A command whose output is a record to read (a list, a timeline, a claim), which goes through
/// the pager on a terminal. Commands that ask questions or report progress never page.
protocol PagedOutput {}

/// The pager: `$CLAIMS_PAGER`, else the configuration file's `pager`, else `$PAGER`, else `less -FRX` when it is installed (which quits
/// at once when the output fits the screen, keeps colour, and leaves the text on the screen).
/// Never when standard output is not a terminal or with `--no-pager`; an empty setting or `cat`
/// means none; on a TERM=dumb terminal only a pager named in those settings.
enum Pager {
    nonisolated(unsafe) private static var process: pid_t = 0

    /// The pager's command line, or nil when output should go straight to the terminal.
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        // CLAIMS_PAGER, then the configuration file's pager, then PAGER, as git reads GIT_PAGER,
        // core.pager and PAGER.
        let configured = environment["CLAIMS_PAGER"] == nil ? ConfigFile.value("pager") : nil
        for chosen in [environment["CLAIMS_PAGER"], configured, environment["PAGER"]] {
            if let chosen {
                let trimmed = chosen.trimmingWhitespace()
                guard !trimmed.isEmpty, trimmed != "cat" else { return nil }
                // A pager that is not there would swallow the output: say so and print it straight.
                let program = String(trimmed.prefix { !$0.isWhitespace })
                guard program.contains("/") ? access(program, X_OK) == 0 : onPath(program, environment) else {
                    Terminal.note("claims: warning: the pager '\(program)' is not installed; printing without one")
                    return nil
                }
                return trimmed
            }
        }
        guard environment["TERM"] != "dumb" else { return nil }
        return onPath("less", environment) ? "less -FRX" : nil
    }

    static func onPath(_ program: String, _ environment: [String: String]) -> Bool {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Sends standard output (and standard error, when it is the same terminal) to the pager from
    /// here on, for a command that pages. What the terminal is (its width, whether it is one) is
    /// read first, for the tables to fit the screen the pager shows them on.
    static func start(for command: ParsableCommand.Type, disabled: Bool) {
        guard !disabled, command is PagedOutput.Type, TextLayout.writesToTerminal, let pager = Pager.command() else { return }
        _ = TextLayout.terminalWidth
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        if environment["LV"] == nil { environment["LV"] = "-c" }
        let words: [String] = ["/bin/sh", "-c", pager]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else {
            close(ends[0])
            close(ends[1])
            return
        }
        close(ends[0])
        dup2(ends[1], STDOUT_FILENO)
        if isatty(STDERR_FILENO) == 1 { dup2(ends[1], STDERR_FILENO) }
        close(ends[1])
        process = pid
        atexit {
            Pager.finish()
        }
        // Ctrl-C while the pager shows the output: let the pager have the terminal back before
        // claims goes, as git does, rather than leave the two fighting over it.
        let handler: @convention(c) (Int32) -> Void = { signal in
            Pager.finish()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        for signal in [SIGINT, SIGTERM, SIGHUP] where Interruption.isIgnore(Glibc.signal(signal, handler)) {
            Glibc.signal(signal, SIG_IGN)
        }
    }

    /// Ends the output (the pager sees the end of its input) and waits for the person to quit it.
    /// Only close and waitpid: it also runs in a signal handler.
    static func finish() {
        guard process != 0 else { return }
        close(STDOUT_FILENO)
        close(STDERR_FILENO)
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 && errno == EINTR {}
        process = 0
    }
}

// The commands that print a record to read. Not extract (its --apply asks about each proposal),
// nor the commands that write.
extension Claims.List: PagedOutput {}
extension Claims.Search: PagedOutput {}
extension Claims.Show: PagedOutput {}
extension Claims.History: PagedOutput {}
extension Claims.Timeline: PagedOutput {}
extension Claims.Drift: PagedOutput {}
extension Claims.Verify: PagedOutput {}
extension Claims.Speaker.List: PagedOutput {}
extension Claims.Speaker.Show: PagedOutput {}
extension Claims.Source.List: PagedOutput {}
extension Claims.Source.Show: PagedOutput {}
extension Claims.Migrate.Status: PagedOutput {}
