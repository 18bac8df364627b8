// How a source's details read when a page did not state them.
import ClaimsCore

extension Source {
    var titleForPeople: String { title ?? "(untitled)" }
    var outletForPeople: String { outlet ?? "unknown outlet" }
    var publishedForPeople: String { published?.description ?? "undated" }
}

extension Optional where Wrapped == SaidDate {
    /// The date, or "undated" when neither the claim nor its source gives one.
    var forPeople: String { self?.description ?? "undated" }

    /// Days from this date to a later one, when both are known.
    func days(until later: SaidDate?) -> Int? {
        guard let self, let later else { return nil }
        return self.days(until: later)
    }
}

extension Source {
    /// The address to link to, or nil for a source recorded without one (a broadcast, print, a
    /// text imported from a file: its `urn:` stands in for an address and leads nowhere in a browser).
    var webURL: String? { url.hasPrefix("http://") || url.hasPrefix("https://") ? url : nil }

    /// The title as a markdown link where there is an address to go to, else the title alone.
    var markdownTitle: String {
        webURL.map { "[\(Markdown.linkText(titleForPeople))](\(Markdown.linkTarget($0)))" } ?? Markdown.linkText(titleForPeople)
    }
}

extension Claim {
    /// The status as lists and timelines show it: RETRACTED for a withdrawn claim (shown only with
    /// --include-retracted), else the rule of evidence's.
    var statusForPeople: String { retraction == nil ? status.rawValue : "RETRACTED" }

    /// The words in quotation marks for a verbatim quote, plain for a paraphrase: the one way every
    /// format tells them apart.
    var wordsForPeople: String {
        let words = TextLayout.singleLine(text)
        return kind == .quote ? "“\(words)”" : words
    }

    /// The most recent fact-check (by publication date, then the one recorded last), if any.
    var latestReview: Review? {
        reviews.max { ($0.published?.description ?? "", $0.id) < ($1.published?.description ?? "", $1.id) }
    }
}

extension Review {
    /// "False (PolitiFact, 2016-01-05)".
    var verdictForPeople: String { "\(rating) (\(author)\(published.map { ", \($0)" } ?? ""))" }
}
