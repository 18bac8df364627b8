// `claims show ID`.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one claim with its source, chain of outlets, status and every link.")

        @Argument(help: "The claim's number.")
        var id: Int
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let claim = try connection.open(writes: false).claims.claim(id: id)
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(ClaimJSON(claim)))
            case .table: Terminal.print(ClaimDetail.render(claim, width: TextLayout.terminalWidth))
            }
        }
    }
}
