// Asking before a change that deletes a record: on a terminal a question, elsewhere --yes.
import ClaimsCore
import Basics

enum Confirmation {
    /// Goes on when `yes` was given, or when the person at the terminal answers y to `question`;
    /// otherwise nothing is done. Off a terminal without --yes it is a usage error that says so.
    static func require(_ question: String, yes: Bool, refusal: String) throws {
        guard !yes else { return }
        guard Terminal.isInteractive else {
            throw CommandFailure(message: "\(refusal): add --yes to confirm (on a terminal claims asks)", exitCode: CommandFailure.usage)
        }
        FileDescriptor.standardError.write("\(question) [y,N]? ")
        let answer = (readLine() ?? "").trimmingWhitespace().lowercased()
        guard answer == "y" || answer == "yes" else {
            throw CommandFailure(message: "nothing changed")
        }
    }
}
