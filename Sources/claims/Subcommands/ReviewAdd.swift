// `claims review add CLAIM --rating TEXT --by ORG --url URL`.
import ArgumentParser
import ClaimsCore

extension Claims.Review {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a fact-check verdict on a claim.",
            discussion: """
                Example:
                  claims review add 2 --rating "Unproven" --rating-value 2 --best 5 --worst 1 \\
                      --by "Harbour Fact Check" --url https://factcheck.example/oil \\
                      --date 2015-12-12
                A claim can have several reviews, by different organisations.
                """)

        @Argument(help: "The claim's number.")
        var claim: Int
        @Option(help: "The verdict in words, e.g. False, Mostly true, Unproven.")
        var rating: String
        @Option(help: "The verdict as a number on the --best/--worst scale.")
        var ratingValue: Double?
        @Option(help: "The best value of the scale.")
        var best: Double?
        @Option(help: "The worst value of the scale.")
        var worst: Double?
        @Option(help: ArgumentHelp("The organisation that published the review.", valueName: "organisation"))
        var by: String
        @Option(help: "The review's address.")
        var url: String
        @Option(help: ArgumentHelp("When the review was published.", valueName: "YYYY-MM-DD"))
        var date: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let day = try date.map(DayArgument.parse)
            let review = try connection.open().reviews.add(
                NewReview(
                    claimID: claim, rating: rating, ratingValue: ratingValue, bestRating: best, worstRating: worst,
                    author: by, url: url, published: day))
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(ReviewJSON(review)))
            case .table: Terminal.print("Recorded review #\(review.id) of claim #\(review.claimID): \(review.rating) (\(review.author))")
            }
        }
    }
}
