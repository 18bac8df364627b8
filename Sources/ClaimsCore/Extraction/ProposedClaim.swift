// What `claims extract` proposes: a claim found in an article, not yet recorded.

public struct ProposedClaim: Sendable, Equatable {
    /// The speaker's name: a known speaker's canonical name, or the name as the article gives it.
    public var speaker: String
    public var text: String
    public var kind: ClaimKind
    public var said: SaidDate?
    /// The article's words the date came from ("on Tuesday").
    public var saidPhrase: String?
    /// Outlets it was relayed through ("RIA Novosti quoted Peskov as saying").
    public var via: [String]
    /// The sentence it came from, as printed.
    public var sentence: String
    /// True when no recorded speaker goes by this name.
    public var newSpeaker: Bool
}

/// A recorded speaker, as the extractor needs it.
public struct KnownSpeaker: Sendable {
    public var name: String
    public var aliases: [String]
    public var role: String?

    public init(name: String, aliases: [String] = [], role: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
    }
}
