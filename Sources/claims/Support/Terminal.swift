// Writing to the terminal: stdout for results, stderr for messages.
import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif

enum Terminal {
    /// A result line on standard output.
    static func print(_ text: String) {
        FileDescriptor.standardOutput.write(text + "\n")
    }

    /// Text exactly as given, with no newline added.
    static func write(_ text: String) {
        FileDescriptor.standardOutput.write(text)
    }

    /// A message for the person at the terminal, on standard error so it never mixes with results.
    static func note(_ text: String) {
        FileDescriptor.standardError.write(text + "\n")
    }

    /// Whether a person is there to answer a question: standard input and standard error are
    /// both a terminal.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// An error, prefixed `claims: `. Multi-line messages keep their lines.
    static func printError(_ message: String) {
        note("claims: " + message)
    }
}
