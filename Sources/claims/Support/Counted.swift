// "1 review", "2 reviews": a count with its noun in the right number.

/// `count` and `noun`, plural unless the count is one: "1 paragraph", "0 claims", "3 new speakers".
/// `plural` for nouns that do not just take an s ("1 was", "2 were" is not what this is for).
func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}

/// "+1 day", "+3 days", "-2 days": how long after (or before) something a later report came.
func dayLag(_ days: Int) -> String {
    (days >= 0 ? "+" : "-") + counted(abs(days), "day")
}
