// Ctrl-C during an import: one line saying what became of the import, not a silent death.
import Glibc

/// While a bulk import runs in its one transaction, SIGINT and SIGTERM print "interrupted:
/// nothing was imported" and end the process (exit 130); the server rolls the open transaction
/// back when the connection goes. Once the import has asked the server to commit, the line says
/// instead that it may have been saved. A signal the parent set to be ignored (a job started in
/// the background of a script) stays ignored.
enum Interruption {
    /// Made before the handler is installed: a signal handler may only call write and _exit.
    nonisolated(unsafe) private static var beforeCommit: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var duringCommit: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var committing: sig_atomic_t = 0

    static func whileImporting<T>(_ work: (_ committing: () -> Void) throws -> T) rethrows -> T {
        if beforeCommit == nil {
            beforeCommit = strdup("\nclaims: interrupted: nothing was imported\n")
            duringCommit = strdup("\nclaims: interrupted while the import was being committed: it may have been saved; see claims list\n")
        }
        committing = 0
        let handler: @convention(c) (Int32) -> Void = { _ in
            if let text = Interruption.committing == 0 ? Interruption.beforeCommit : Interruption.duringCommit {
                _ = write(STDERR_FILENO, text, strlen(text))
            }
            _exit(130)
        }
        var previous: [Int32: sighandler_t?] = [:]
        for signal in [SIGINT, SIGTERM] {
            let old = Glibc.signal(signal, handler)
            previous[signal] = old
            if Self.isIgnore(old) { Glibc.signal(signal, SIG_IGN) }
        }
        // A parent may have started claims with these blocked (some process launchers do): unblock
        // them, or Ctrl-C would wait until the import had finished.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        defer {
            for (signal, old) in previous { Glibc.signal(signal, old ?? SIG_DFL) }
        }
        return try work { committing = 1 }
    }

    /// Whether a disposition `signal` returned is SIG_IGN (a function pointer of value 1).
    static func isIgnore(_ handler: sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == 1
    }
}
