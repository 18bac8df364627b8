// `claims config set KEY VALUE` and `claims config unset KEY`.
import ArgumentParser
import ClaimsCore
import Basics

extension Claims.Config {
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set a default in the configuration file (made if missing); the value is checked first.")

        @OptionGroup var key: ConfigKey
        @Argument(help: ArgumentHelp("Its value.", valueName: "value"))
        var value: String

        func run() throws {
            let key = try key.checked()
            let value = value.trimmingWhitespace()
            guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw CommandFailure(message: "the value has a line break or another control character; give it on one line", exitCode: CommandFailure.usage)
            }
            switch key {
            case "database_url": _ = try DatabaseLocation.resolve(databaseURL: value, dataDirectory: nil)
            case "database": _ = try EmbeddedDatabase(dataDirectory: nil, databaseName: value)
            case "format":
                let formats = ["table", "text", "json", "csv", "markdown", "html"]
                guard formats.contains(value) else {
                    throw CommandFailure(message: "'\(value)' is not an output format: use \(ClaimsError.list(formats, or: true))", exitCode: CommandFailure.usage)
                }
            case "actor": _ = try Actor.resolve(value)
            default: break
            }
            var file = try ConfigFile.load(strict: false)
            file.set(key, to: value)
            try file.save()
            Terminal.print("\(key) = \(value) (in \(file.path))")
        }
    }

    struct Unset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a setting from the configuration file.")

        @Argument(help: ArgumentHelp("The key.", valueName: "key"))
        var key: String

        func run() throws {
            let key = try ConfigKey.checked(key)
            var file = try ConfigFile.load(strict: false)
            guard file.unset(key) else {
                Terminal.print("\(key) was not set in \(file.path); nothing changed.")
                return
            }
            try file.save()
            Terminal.print("Removed \(key) from \(file.path).")
        }
    }
}
