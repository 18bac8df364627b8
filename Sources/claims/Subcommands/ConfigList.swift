// `claims config list`: what the configuration file sets.
import ArgumentParser

extension Claims.Config {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Print every setting of the configuration file as key = value, and say which file.")

        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let file = try ConfigFile.load(strict: false)
            if let (number, line) = file.malformedLine {
                Terminal.note("claims: warning: \(file.path) line \(number) is not key = value ('\(line)'); other commands refuse the file until it is fixed")
            }
            switch output.format {
            case .json:
                struct Settings: Encodable {
                    var file: String
                    var settings: [String: String]
                }
                Terminal.print(try JSONOutput.render(Settings(file: file.path, settings: Dictionary(file.values, uniquingKeysWith: { $1 }))))
            case .table:
                Terminal.note("claims: \(file.path)\(file.lines.isEmpty ? " (not there yet: claims config set KEY VALUE makes it)" : "")")
                for setting in file.values { Terminal.print("\(setting.key) = \(setting.value)") }
            }
        }
    }
}
