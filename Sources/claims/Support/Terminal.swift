// Writing to the terminal: stdout for results, stderr for messages.
import Foundation

enum Terminal {
    /// A result line on standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Text exactly as given, with no newline added.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A message for the person at the terminal, on standard error so it never mixes with results.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// An error, prefixed `claims: `. Multi-line messages keep their lines.
    static func printError(_ message: String) {
        note("claims: " + message)
    }
}
