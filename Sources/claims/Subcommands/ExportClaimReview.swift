// `claims export claimreview`: ClaimReview JSON-LD, one object per review.
import ArgumentParser
import ClaimsCore

extension Claims.Export {
    struct ClaimReview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claimreview",
            abstract: "Write schema.org ClaimReview JSON-LD: one ClaimReview per review of a claim.",
            discussion: """
                Each object has claimReviewed, reviewRating (ratingValue, bestRating,
                worstRating, alternateName), author, url, datePublished, and itemReviewed: a
                Claim with its author (the speaker, with jobTitle and sameAs from the Wikidata
                id), datePublished (the date said), appearance and firstAppearance (the source).
                """)

        @Option(name: .customLong("speaker"), help: "Only claims by this speaker (repeatable).")
        var speakers: [String] = []
        @OptionGroup var file: OutputFileOption
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let claims = try connection.open(writes: false).claims.export(
                ClaimExportRequest(ClaimSelection(speakers: speakers, reviewedOnly: true)))
            let documents = claims.flatMap(ClaimReviewDocument.documents(for:))
            try file.write(try JSONOutput.render(documents) + "\n")
            // An empty array is still valid JSON-LD for a script; a person needs to hear why.
            if documents.isEmpty {
                Terminal.note(
                    "claims: no reviewed claims\(speakers.isEmpty ? "" : " by the speakers given"), so the export is empty; "
                        + "record a fact-check with: claims review add CLAIM --rating R --by ORG --url URL")
            }
        }
    }
}
