// Ctrl-C during an import: one line saying that nothing was imported, not a silent death.
import Glibc

/// While a bulk import runs in its one transaction, SIGINT and SIGTERM print "interrupted:
/// nothing was imported" and end the process (exit 130); the server rolls the open transaction
/// back when the connection goes.
enum Interruption {
    /// Made before the handler is installed: a signal handler may only call write and _exit.
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?

    static func whileImporting<T>(_ work: () throws -> T) rethrows -> T {
        if message == nil { message = strdup("\nclaims: interrupted: nothing was imported\n") }
        let handler: @convention(c) (Int32) -> Void = { _ in
            if let text = Interruption.message { _ = write(STDERR_FILENO, text, strlen(text)) }
            _exit(130)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A parent may have started claims with these blocked (some process launchers do): unblock
        // them, or Ctrl-C would wait until the import had finished.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        defer {
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        return try work()
    }
}
