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
    /// The speaker as the article names them here ("the diplomat", "he", "Kremlin spokesman
    /// Dmitry Peskov"); `speaker` is who that resolved to.
    public var mention: String = ""
    /// Where the claim's words sit in the article text: code point offsets, from the first word to
    /// the last (a quotation split around its attribution spans the attribution).
    public var start: Int = 0
    public var end: Int = 0
    /// Where `sentence` starts in the article text, so the claim's words can be marked in it.
    public var sentenceStart: Int = 0
    /// The rule that found it ("quote-then-attribution", "reported-speech", "according-to" ...).
    public var rule: String = ""
    /// How sure the rule is, 0 to 1.
    public var confidence: Double = 1
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
