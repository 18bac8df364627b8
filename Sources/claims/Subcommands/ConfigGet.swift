// `claims config get KEY`.
import ArgumentParser
import FoundationEssentials
import Basics

extension Claims.Config {
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get", abstract: "Print one setting's value; exit 1 when it is not set.")

        @Argument(help: ArgumentHelp("The key: database_url, database, data_dir, actor, format or pager.", valueName: "key"))
        var key: String

        func run() throws {
            let key = try ConfigKey.checked(key)
            guard let value = try ConfigFile.load().value(key) else {
                throw CommandFailure(message: "\(key) is not set in \(ConfigFile.location(environment: ConfigKey.environment))")
            }
            Terminal.print(value)
        }
    }
}

/// The keys `claims config` accepts, and the values it checks before writing them.
enum ConfigKey {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `key` as the file spells it, or a usage error with the nearest key.
    static func checked(_ key: String) throws -> String {
        let names = ConfigFile.keys.map(\.name)
        let spelled = key.lowercased().replacingScalars("-", with: "_")
        guard names.contains(spelled) else {
            let hint = Suggestion.nearest(to: spelled, among: names).map { " Did you mean '\($0)'?" } ?? ""
            throw CommandFailure(message: "'\(key)' is not a setting.\(hint) The keys: \(names.joined(separator: ", ")).", exitCode: CommandFailure.usage)
        }
        return spelled
    }
}
