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
