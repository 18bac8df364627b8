// The words after `claims`, read once before ArgumentParser: connection options typed before the
// subcommand moved after it, -V read as --version, and a command that is not one refused with a
// suggestion.
import ArgumentParser
import ClaimsCore

/// The command line in the shape ArgumentParser parses, and the command it names.
///
/// psql and git users type their connection settings first (`claims --database-url URL list`,
/// `claims -d newsroom timeline`). ArgumentParser only reads a subcommand's options after the
/// subcommand's name, so the connection options found before it are moved to just after it; every
/// command that uses the database declares them (hidden from its help: the top-level help lists
/// them once).
struct CommandLineArguments {
    /// The rewritten words, for `parseAsRoot`.
    var words: [String]
    /// The subcommand the words name, as far as they name one (`[]` for the root), for help
    /// pointers and for suggestions of the options that command accepts.
    var path: [String]
    var command: ParsableCommand.Type
    /// `--no-pager`, anywhere before `--` (as git takes it before the command, and claims after it too).
    var noPager = false
    /// Where the words after the command's name (and the options moved there) begin.
    var restStart = 0

    /// Connection options that take a value, as `ConnectionOptions` spells them.
    static let optionsWithValue: Set<String> = ["--database-url", "--data-dir", "--connect-timeout", "--as", "--database", "-d"]
    static let flags: Set<String> = ["--verbose", "-v"]
    /// Root options ArgumentParser handles itself, whose words are left exactly as typed.
    static let rootTools: Set<String> = ["--generate-completion-script", "--experimental-dump-help"]

    /// - Throws: `CommandFailure` with exit code 64 for a subcommand that does not exist (with the
    ///   nearest one when it is a likely typo) or a command group given without one of its commands.
    init(_ arguments: [String], root: ParsableCommand.Type) throws {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let noPager = arguments[..<end].contains("--no-pager")
        let arguments = arguments[..<end].filter { $0 != "--no-pager" } + arguments[end...]
        try self.init(reading: arguments, root: root)
        self.noPager = noPager
        if let format = ConfigFile.value("format") { applyDefaultFormat(format) }
    }

    /// The configuration file's `format` for a command that has it and was given no --format:
    /// inserted after the command's name, so the command line still overrides it.
    mutating func applyDefaultFormat(_ format: String) {
        let end = words.firstIndex(of: "--") ?? words.endIndex
        guard !words[..<end].contains(where: { $0 == "--format" || $0.hasPrefix("--format=") }),
            UnknownOption.formats(of: command).contains(format)
        else { return }
        words.insert(contentsOf: ["--format", format], at: min(restStart, end))
    }

    private init(reading arguments: [String], root: ParsableCommand.Type) throws {
        var command = root
        var path: [String] = []
        var kept: [String] = []
        var moved: [String] = []
        var index = 0
        var asksForHelp = false
        /// A group with a default command takes what is not one of its commands as the default's:
        /// `claims migrate --verbose` is `claims migrate apply --verbose`. False for other groups.
        func takeDefault() -> Bool {
            guard let fallback = command.configuration.defaultSubcommand else { return false }
            // Named outright when connection options go after it, so that they reach it.
            if !moved.isEmpty { kept.append(fallback._commandName) }
            path.append(fallback._commandName)
            command = fallback
            return true
        }
        while index < arguments.count {
            let word = arguments[index]
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || word == "--" { break }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if Self.rootTools.contains(name) {
                self.init(words: arguments, path: path, command: command)
                return
            }
            if Self.optionsWithValue.contains(name) || Self.flags.contains(name) {
                moved.append(word)
                let takesNext = Self.optionsWithValue.contains(name) && !word.contains("=") && index + 1 < arguments.count
                if takesNext {
                    moved.append(arguments[index + 1])
                    index += 1
                }
                index += 1
                continue
            }
            let isHelp = ["-h", "--help", "--version", "-V"].contains(word)
            if word.hasPrefix("-"), !isHelp, takeDefault() { break }
            if word.hasPrefix("-") {
                guard isHelp else {
                    // `claims --format json list` would otherwise read as a command called "json".
                    let later = arguments[index...].first { candidate in subcommands.contains { $0._commandName == candidate } }
                    // Its value too, when the next word is one (not the command's name, not an option).
                    let value = index + 1 < arguments.count && arguments[index + 1] != later && !arguments[index + 1].hasPrefix("-")
                        && !word.contains("=") ? [arguments[index + 1]] : []
                    let example = (["claims"] + path + [later ?? "COMMAND", word] + value).joined(separator: " ")
                    throw CommandFailure(
                        message: "'\(name)' is an option of a command, not of \((["claims"] + path).joined(separator: " ")): "
                            + "put it after the command's name, e.g. \(example)", exitCode: CommandFailure.usage)
                }
                asksForHelp = true
                kept.append(word == "-V" ? "--version" : word)
                index += 1
                continue
            }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                kept.append(word)
                path.append(word)
                command = next
                index += 1
                continue
            }
            if word == "help", path.isEmpty {
                try Self.checkHelpTopic(Array(arguments[(index + 1)...]), root: root)
                self.init(words: arguments, path: path, command: command)
                return
            }
            if takeDefault() { break }
            throw Self.unknownCommand(word, path: path, among: subcommands)
        }
        if index == arguments.count, !command.configuration.subcommands.isEmpty, !path.isEmpty, !asksForHelp {
            guard takeDefault() else { throw Self.missingSubcommand(path: path, among: command.configuration.subcommands) }
        }
        self.init(words: kept + moved + arguments[index...], path: path, command: command)
        restStart = kept.count + moved.count
    }

    private init(words: [String], path: [String], command: ParsableCommand.Type) {
        self.words = words
        self.path = path
        self.command = command
    }

    /// `claims help TOPIC ...` names commands that exist.
    static func checkHelpTopic(_ topic: [String], root: ParsableCommand.Type) throws {
        var command = root
        var path: [String] = []
        for word in topic where !word.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { break }
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                throw unknownCommand(word, path: path, among: subcommands)
            }
            path.append(word)
            command = next
        }
    }

    static func unknownCommand(_ word: String, path: [String], among subcommands: [ParsableCommand.Type]) -> CommandFailure {
        let names = subcommands.map { $0._commandName }
        let parent = (["claims"] + path).joined(separator: " ")
        var message = "'\(word)' is not a \(parent) command."
        if let nearest = Suggestion.nearest(to: word, among: names) {
            message += " Did you mean '\(nearest)'?"
        }
        return CommandFailure(message: message + " See '\(parent) --help'.", exitCode: CommandFailure.usage)
    }

    static func missingSubcommand(path: [String], among subcommands: [ParsableCommand.Type]) -> CommandFailure {
        let parent = (["claims"] + path).joined(separator: " ")
        let names = subcommands.map { $0._commandName }.filter { $0 != "help" }
        return CommandFailure(
            message: "\(path.joined(separator: " ")) needs one of its commands: \(ClaimsError.list(names, or: true)). "
                + "See '\(parent) --help'.",
            exitCode: CommandFailure.usage)
    }
}
