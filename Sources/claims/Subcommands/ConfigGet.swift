// `claims config get KEY`.
import ArgumentParser
import Basics

extension Claims.Config {
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get", abstract: "Print one setting's value; exit 1 when it is not set.")

        @OptionGroup var key: ConfigKey

        func run() throws {
            let key = try key.checked()
            let file = try ConfigFile.load()
            guard let value = file.value(key) else { throw CommandFailure(message: "\(key) is not set in \(file.path)") }
            Terminal.print(value)
        }
    }
}

/// The key `claims config get` and `set` are given, checked against the keys the file knows.
struct ConfigKey: ParsableArguments {
    @Argument(help: ArgumentHelp("The key: database_url, database, data_dir, actor, format or pager.", valueName: "key"))
    var key: String

    func checked() throws -> String {
        try Self.checked(key)
    }

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
