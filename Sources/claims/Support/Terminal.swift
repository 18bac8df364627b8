// Writing to the terminal: stdout for results, stderr for messages.
import FoundationEssentials

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

    /// An error, prefixed `claims: `. Multi-line messages keep their lines.
    static func printError(_ message: String) {
        note("claims: " + message)
    }
}
