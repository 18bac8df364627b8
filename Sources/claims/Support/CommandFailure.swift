// Maps every error the core can throw to a one-line message for people and a documented exit code.
import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif
import Basics
import ClaimsCore
import Basics

/// An error on its way to the terminal: what to print, and which exit code to use.
struct CommandFailure: Error {
    var message: String
    var exitCode: ExitCode

    static let failure = ExitCode(1)
    static let unreachable = ExitCode(3)
    static let schemaMismatch = ExitCode(4)
    static let localServer = ExitCode(5)
    static let pageUnavailable = ExitCode(6)
    /// EX_TEMPFAIL: nothing was done, and the same command can be run again once the cause is gone.
    static let diskFull = ExitCode(75)
    static let usage = ExitCode(64)
    static let permissionDenied = ExitCode(77)

    init(message: String, exitCode: ExitCode = CommandFailure.failure) {
        self.message = message
        self.exitCode = exitCode
    }

    /// True for the errors this type knows how to present; ArgumentParser presents the rest.
    static func handles(_ error: Error) -> Bool {
        error is ClaimsError || DatabaseFailure(error) != nil
    }

    /// A one-line description of an error no part of claims knows by type.
    static func describe(_ error: Error) -> String {
        var text: String
        if let error = error as? ClaimsError {
            text = error.message
        } else if let described = (error as? LocalizedError)?.errorDescription {
            text = described
        } else if let error = error as? CocoaError {
            text = cocoaReason(error)
            if let path = error.filePath, !text.contains(path) { text += " (\(path))" }
        } else {
            text = String(describing: error)
        }
        return text.replacingLineBreaks(with: " ")
    }

    /// What a file operation's error means, in words.
    static func cocoaReason(_ error: CocoaError) -> String {
        if let posix = error.underlying as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or directory"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileWriteVolumeReadOnly: return "the file system is read-only"
        default: return "the file operation failed (code \(error.code.rawValue))"
        }
    }

    /// The server's words name a file inside its data directory; this says which disk that is.
    static func diskFull(_ serverWords: String) -> CommandFailure {
        let disk = Claims.databaseInUse?.embedded.map { "the disk that holds \($0.directory.path)" } ?? "the database server's disk"
        return CommandFailure(
            message: "the database's disk is full, so nothing was written (\(serverWords)): free space on \(disk) and run the command again",
            exitCode: Self.diskFull)
    }

    /// Said when a write reaches a standby (or a server set to default_transaction_read_only).
    static let readOnlyServer = CommandFailure(
        message: "this server is read-only (a standby, or default_transaction_read_only is on), so nothing was written: "
            + "point claims at the primary, or add target_session_attrs=read-write to a multi-host URL")

    init(_ error: Error) {
        if let error = error as? ClaimsError {
            switch error {
            case .pageUnavailable, .notAWebPage: self.init(message: error.message, exitCode: Self.pageUnavailable)
            default: self.init(message: error.message, exitCode: Self.failure)
            }
            return
        }
        guard let failure = DatabaseFailure(error) else {
            self.init(message: "\(error)", exitCode: Self.failure)
            return
        }
        switch failure.kind {
        case .readOnly:
            self = Self.readOnlyServer
        case .permissionDenied:
            // The server's words name the table; the advice names the role that allows it.
            self.init(
                message: "permission denied: ask an admin to grant claims_writer (or claims_admin) to your database role (\(failure.description))",
                exitCode: Self.permissionDenied)
        case .diskFull:
            self = Self.diskFull(failure.description)
        case .unreachable, .embeddedCluster:
            // The embedded server drops every session when it cannot write its log for want of
            // space, and will not start again until there is room: its log says which it was.
            if let words = Claims.databaseInUse?.embedded?.recentDiskFull(sessionDropped: failure.connectionLost) {
                self = Self.diskFull(words)
            } else {
                self.init(message: failure.description, exitCode: failure.kind == .unreachable ? Self.unreachable : Self.localServer)
            }
        case .schemaMismatch: self.init(message: failure.description, exitCode: Self.schemaMismatch)
        case .connectionSettings:
            self.init(message: failure.description + " (check --database-url or CLAIMS_DATABASE_URL)", exitCode: Self.usage)
        case .other: self.init(message: failure.description, exitCode: Self.failure)
        }
    }
}
