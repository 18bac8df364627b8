// An unknown option's message, with a suggestion only from the options the command accepts.
import ArgumentParser
import FoundationEssentials

/// ArgumentParser's "Unknown option '--as-of'. Did you mean '--as'?" rewritten: its guess is a
/// prefix match over every name it knows, which sends `timeline --as-of` to `--as`. Here the
/// suggestion is the nearest option the command itself accepts, by `Suggestion.nearest`, or none.
struct UnknownOption {
    var message: String

    /// Nil when `message` is not ArgumentParser's unknown-option error.
    init?(message: String, command: ParsableCommand.Type) {
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let option = String(rest[..<end])
        var text = "unknown option '\(option)'"
        let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
        if let nearest = Suggestion.nearest(to: name, among: Self.optionNames(of: command)) {
            text += ". Did you mean '\(nearest)'?"
        } else {
            text += "."
        }
        self.message = text
    }

    /// The arguments of `command` as ArgumentParser describes them (`--experimental-dump-help`):
    /// read only on the paths that need them, an error or a configured default format.
    private struct Dump: Decodable {
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var valueName: String?
            var allValues: [String]?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var command: Command

        static func arguments(of command: ParsableCommand.Type) -> [Argument] {
            (try? JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)))?.command.arguments ?? []
        }
    }

    /// The values `command`'s --format takes; none when it has no --format.
    static func formats(of command: ParsableCommand.Type) -> [String] {
        Dump.arguments(of: command).first { $0.valueName == "format" }?.allValues ?? []
    }

    /// Every option and flag `command` accepts, hidden ones included, as typed ("--speaker", "-q").
    static func optionNames(of command: ParsableCommand.Type) -> [String] {
        Dump.arguments(of: command).filter { $0.kind != "positional" }.flatMap { argument in
            (argument.names ?? []).map { $0.kind == "long" ? "--\($0.name)" : "-\($0.name)" }
        }
    }
}
