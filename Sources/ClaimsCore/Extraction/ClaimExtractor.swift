// Rule-based extraction of claims from news copy: quotations, reported speech, relayed attribution.
import FoundationEssentials
import Postgres

/// Proposes the claims in an article, without a model or the network.
///
/// It recognises the attributions wire copy uses:
/// - `"…," Peskov said.` / `"…," said Peskov.` / `Peskov said: "…"` (quotes)
/// - `Peskov said (on Tuesday) (that) …` / `…, Peskov said.` / `According to X, …` /
///   `…, who said on Monday that …` (reported speech, a paraphrase)
/// - `RIA Novosti quoted Peskov as saying …` (relayed: via RIA Novosti)
///
/// Pronouns and descriptions ("he said", "the spokesman said", "the Turkish president said") are
/// resolved to the last speaker they fit. Known speakers are matched by name and alias.
public struct ClaimExtractor {
    let known: [KnownSpeaker]
    let published: CalendarDate?

    public init(known: [KnownSpeaker], published: CalendarDate?) {
        self.known = known
        self.published = published
    }

    static let verbs =
        "said|says|told reporters|told journalists|told [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|added|stated|claimed|noted|warned|announced|insisted|argued|stressed|explained|asked|urged|declared|admitted|denied|confirmed|regretted|replied|wrote"
    /// After a quotation anything may follow the verb: "…," Rossi told a news conference.
    static let quoteVerbs = verbs + "|told"
    static let datePhrase =
        "on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})|yesterday|today|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

    public func extract(from body: String) -> [ProposedClaim] {
        var context = Context(known: known)
        var proposals: [ProposedClaim] = []
        for paragraph in body.components(separatedBy: "\n\n") {
            var previousInParagraph: ProposedClaim?
            for sentence in SentenceSplitter.split(paragraph) {
                context.noteNames(in: sentence)
                if let proposal = proposal(for: sentence, context: &context) {
                    proposals.append(proposal)
                    previousInParagraph = proposal
                } else if let previous = previousInParagraph, previous.kind == .quote, let quote = Self.loneQuotation(sentence) {
                    // "…," Rossi said. "That moment has not yet arrived."
                    var continued = previous
                    continued.text = quote
                    continued.sentence = sentence
                    proposals.append(continued)
                } else {
                    previousInParagraph = nil
                }
                context.finishSentence()
            }
        }
        return proposals
    }

    static let openingQuotes: Set<Character> = ["\"", "“", "‘", "'"]
    static let closingQuotes: Set<Character> = ["\"", "”", "’", "'"]

    /// The words of a sentence that is nothing but a quotation.
    static func loneQuotation(_ sentence: String) -> String? {
        let trimmed = sentence.trimmingWhitespace()
        guard let first = trimmed.first, openingQuotes.contains(first) else { return nil }
        var inner = trimmed.dropFirst()
        if inner.last == "." { inner = inner.dropLast() }
        guard let last = inner.last, closingQuotes.contains(last) else { return nil }
        let text = String(inner.dropLast()).trimming(charactersIn: " ,.")
        guard !text.contains(where: { openingQuotes.contains($0) && $0 != "'" }), text.split(separator: " ").count >= 3 else { return nil }
        return text
    }

    // MARK: Patterns, most specific first

    private func proposal(for sentence: String, context: inout Context) -> ProposedClaim? {
        let trimmed = sentence.trimmingWhitespace()
        if let match = directQuoteFirst(trimmed, &context) { return match }
        if let match = match(trimmed, #"^(?<attr>[^“"]{2,120}?)[:,]?\s+[“"](?<quote>[^“”"]+)[”"]\.?$"#) {
            if let proposal = attributed(match["attr"], text: match["quote"], kind: .quote, via: [], sentence: trimmed, &context, attributionFirst: true) {
                return proposal
            }
        }
        if let match = match(trimmed, #"^(?<outlet>[A-Z][^,]{1,60}?)(?: news agency)? quoted (?<speaker>.{2,80}?) as saying(?: that)?,? (?<clause>.+?)\.?$"#),
            let proposal = relayed(match, sentence: trimmed, &context)
        {
            return proposal
        }
        if let match = match(trimmed, #"^(?<clause>.+?), (?<outlet>[A-Z][^,]{1,60}?)(?: news agency)? quoted (?<speaker>.{2,80}?) as saying\.?$"#),
            let proposal = relayed(match, sentence: trimmed, &context)
        {
            return proposal
        }
        if let match = match(trimmed, #"^According to (?<speaker>[^,]{2,80}), (?<clause>.+?)\.?$"#),
            let proposal = make(mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: nil, via: [], sentence: trimmed, &context)
        {
            return proposal
        }
        // "... response from Turkish President Recep Tayyip Erdogan, who said on Monday that ..."
        if let match = match(trimmed, #"(?<speaker>(?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’.-]*), who (?:\#(Self.verbs))(?: (?<date>\#(Self.datePhrase)))?(?: that)? (?<clause>.+?)\.?$"#),
            let proposal = make(mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: match["date"], via: [], sentence: trimmed, &context)
        {
            return proposal
        }
        if let match = match(trimmed, #"^(?<speaker>[^,“"]{2,80}?)(?: (?<date1>\#(Self.datePhrase)))? (?:\#(Self.verbs))(?: (?<date2>\#(Self.datePhrase)))?,?(?: that)? (?<clause>[^“"].+?)\.?$"#) {
            if let proposal = make(
                mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: match["date1"] ?? match["date2"],
                via: [], sentence: trimmed, &context)
            {
                return proposal
            }
        }
        // "Fisheries Minister Lena Holm, speaking in parliament, said ..."
        if let match = match(trimmed, #"^(?<speaker>[A-Z][^,“"]{2,80}?), (?:speaking|writing|addressing|interviewed|asked)[^,“"]{0,60}, (?:\#(Self.verbs))(?: (?<date>\#(Self.datePhrase)))?,?(?: that)? (?<clause>[^“"].+?)\.?$"#),
            let proposal = make(mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: match["date"], via: [], sentence: trimmed, &context)
        {
            return proposal
        }
        if let match = match(trimmed, #"^(?<clause>[^“"].+?), (?<speaker>[^,]{2,80}?) (?:\#(Self.verbs))(?: (?<date>\#(Self.datePhrase)))?\.?$"#),
            let proposal = make(mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: match["date"], via: [], sentence: trimmed, &context)
        {
            return proposal
        }
        return nil
    }

    /// `"…," Peskov said.` and `"…," said Peskov.`: a quotation first, then who said it.
    private func directQuoteFirst(_ sentence: String, _ context: inout Context) -> ProposedClaim? {
        guard let open = sentence.first, Self.openingQuotes.contains(open) else { return nil }
        let closing: Set<Character> = open == "“" ? ["”"] : open == "‘" ? ["’"] : [open]
        // The quotation ends at the last closing mark followed by a comma or space, not at an apostrophe.
        let characters = Array(sentence)
        guard let closeOffset = (1..<characters.count).last(where: { index in
            closing.contains(characters[index]) && (index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == ",")
                && (index > 1 && ",.?!".contains(characters[index - 1]) || open != "'")
        }) else { return nil }
        let close = sentence.index(sentence.startIndex, offsetBy: closeOffset)
        let quote = String(sentence[sentence.index(after: sentence.startIndex)..<close])
        let attribution = sentence[sentence.index(after: close)...].trimming(charactersIn: " ,.")
        guard !attribution.isEmpty else { return nil }
        return attributed(attribution, text: quote, kind: .quote, via: [], sentence: sentence, &context, attributionFirst: false)
    }

    /// Reads "Peskov said", "said Peskov", "Transport Minister Helen Marsh told reporters after …".
    private func attributed(
        _ attribution: String?, text: String?, kind: ClaimKind, via: [String], sentence: String, _ context: inout Context,
        attributionFirst: Bool
    ) -> ProposedClaim? {
        guard let attribution, let text else { return nil }
        let verbs = attributionFirst ? Self.verbs : Self.quoteVerbs
        if let match = match(attribution, #"^(?<speaker>.{1,80}?)(?: (?<date1>\#(Self.datePhrase)))? (?:\#(verbs))\b(?: (?<date2>\#(Self.datePhrase)))?(?<rest>.*)$"#),
            !attributionFirst || (match["rest"] ?? "").trimmingWhitespace().isEmpty
        {
            return make(
                mention: match["speaker"], text: text, kind: kind, date: match["date1"] ?? match["date2"], via: via,
                sentence: sentence, &context)
        }
        if !attributionFirst, let match = match(attribution, #"^(?:\#(verbs)) (?<speaker>[^,]{1,80}?)(?: (?<date>\#(Self.datePhrase)))?(?:,.*)?$"#) {
            return make(mention: match["speaker"], text: text, kind: kind, date: match["date"], via: via, sentence: sentence, &context)
        }
        return nil
    }

    private func relayed(_ match: [String: String], sentence: String, _ context: inout Context) -> ProposedClaim? {
        guard let outlet = match["outlet"] else { return nil }
        let name = outlet.hasPrefix("The ") ? String(outlet.dropFirst(4)) : outlet
        return make(mention: match["speaker"], text: match["clause"], kind: .paraphrase, date: nil, via: [name], sentence: sentence, &context)
    }

    private func make(
        mention phrase: String?, text: String?, kind: ClaimKind, date: String?, via: [String], sentence: String,
        _ context: inout Context
    ) -> ProposedClaim? {
        guard let phrase, let text, let mention = SpeakerMention.parse(phrase),
            let speaker = context.resolve(mention)
        else { return nil }
        var cleaned = text.trimmingWhitespace()
        if kind == .paraphrase, cleaned.hasPrefix("that ") { cleaned.removeFirst(5) }
        cleaned = cleaned.trimming(charactersIn: " ,")
        guard cleaned.split(separator: " ").count >= 3 else { return nil }
        var said: SaidDate?
        var saidPhrase: String?
        if let date, let published, let day = RelativeDate.resolve(date, published: published) {
            said = SaidDate(day: day)
            saidPhrase = date
        }
        return ProposedClaim(
            speaker: speaker.name, text: cleaned, kind: kind, said: said, saidPhrase: saidPhrase, via: via, sentence: sentence,
            newSpeaker: speaker.isNew)
    }

    private func match(_ text: String, _ pattern: String) -> [String: String]? {
        // Scalar semantics and simple word boundaries, as ICU's regular expressions read text.
        guard let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar).wordBoundaryKind(.simple),
            let result = try? regex.firstMatch(in: text)
        else { return nil }
        var groups: [String: String] = [:]
        for name in ["attr", "quote", "speaker", "clause", "outlet", "date", "date1", "date2", "rest"] {
            if let group = result.output[name]?.substring {
                groups[name] = String(group)
            }
        }
        return groups
    }

    /// Who has spoken so far in the article, for surnames, descriptions and pronouns.
    struct Context {
        struct Speaker {
            var name: String
            var roles: Set<String>
            var isNew: Bool
        }

        let known: [KnownSpeaker]
        var seen: [Speaker] = []
        /// Full names printed anywhere in the article so far ("President Amir Haddad"), with their titles.
        var printedNames: [(name: String, roles: [String])] = []
        /// The person named most recently before the current sentence, for "he said".
        var lastNamed: String?
        private var namedInSentence: String?

        init(known: [KnownSpeaker]) {
            self.known = known
        }

        /// Collects runs of two to four capitalised words that look like a person's name.
        mutating func noteNames(in sentence: String) {
            let tokens = sentence.split(separator: " ").map { $0.trimming(charactersIn: ",.;:\"“”‘’()") }
            var index = 0
            while index < tokens.count {
                var run: [String] = []
                var cursor = index
                while cursor < tokens.count, let first = tokens[cursor].first, first.isUppercase,
                    !SpeakerMention.titleWords.contains(tokens[cursor].lowercased())
                {
                    run.append(tokens[cursor])
                    cursor += 1
                }
                if (2...4).contains(run.count), run.first != "The", index > 0 || cursor < tokens.count {
                    let roles = tokens[max(0, index - 3)..<index].map { $0.lowercased() }.filter { SpeakerMention.titleWords.contains($0) || $0.first?.isLowercase == true }
                    let name = run.joined(separator: " ")
                    printedNames.append((name, roles))
                    namedInSentence = name
                }
                index = cursor == index ? index + 1 : cursor
            }
        }

        mutating func finishSentence() {
            if let namedInSentence { lastNamed = namedInSentence }
            namedInSentence = nil
        }

        mutating func resolve(_ mention: SpeakerMention) -> Speaker? {
            switch mention {
            case .pronoun:
                if let lastNamed, let speaker = seen.last(where: { Self.containsWords(Self.normalize($0.name), Self.normalize(lastNamed)) || Self.containsWords(Self.normalize(lastNamed), Self.normalize($0.name)) }) {
                    return remember(speaker)
                }
                if let lastNamed {
                    return resolve(.name(lastNamed, roles: printedNames.last(where: { $0.name == lastNamed })?.roles ?? []))
                }
                return seen.last
            case .description(let head, let words):
                let wanted = Set(words)
                if let index = seen.lastIndex(where: { $0.roles.contains(head) && wanted.isSubset(of: $0.roles.union([head])) })
                    ?? seen.lastIndex(where: { $0.roles.contains(head) })
                {
                    return remember(seen[index])
                }
                // A recorded speaker only when every word fits their role: "the transport minister" is
                // not the environment minister.
                if let speaker = known.first(where: { wanted.isSubset(of: Set(Self.roleWords($0.role))) }) {
                    return remember(Speaker(name: speaker.name, roles: Set(words), isNew: false))
                }
                return nil
            case .name(let name, let roles):
                let wanted = Self.normalize(name)
                if let speaker = known.first(where: { ([$0.name] + $0.aliases).map(Self.normalize).contains(wanted) }) {
                    return remember(Speaker(name: speaker.name, roles: Set(roles + Self.roleWords(speaker.role)), isNew: false))
                }
                if let earlier = seen.last(where: { Self.containsWords(Self.normalize($0.name), wanted) }) {
                    var updated = earlier
                    updated.roles.formUnion(roles)
                    return remember(updated)
                }
                // A surname alone: the full name printed earlier in the article.
                if !name.contains(" "), let printed = printedNames.last(where: { Self.containsWords(Self.normalize($0.name), wanted) }) {
                    return resolve(.name(printed.name, roles: roles + printed.roles))
                }
                let partial = known.filter { ([$0.name] + $0.aliases).contains { Self.containsWords(Self.normalize($0), wanted) } }
                if partial.count == 1, let speaker = partial.first {
                    return remember(Speaker(name: speaker.name, roles: Set(roles + Self.roleWords(speaker.role)), isNew: false))
                }
                return remember(Speaker(name: name, roles: Set(roles), isNew: true))
            }
        }

        private mutating func remember(_ speaker: Speaker) -> Speaker {
            if let index = seen.firstIndex(where: { $0.name == speaker.name }) {
                seen[index].roles.formUnion(speaker.roles)
                let merged = seen.remove(at: index)
                seen.append(merged)
                return merged
            }
            seen.append(speaker)
            return speaker
        }

        static func roleWords(_ role: String?) -> [String] {
            (role ?? "").lowercased().split(separator: " ").map(String.init)
        }

        /// Lower case, no accents: "Erdoğan" and "Erdogan" are the same name.
        static func normalize(_ text: String) -> String {
            withoutDiacritics(text.lowercased())
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        /// `text` without accents and other marks: a Latin letter with marks becomes the letter its
        /// Unicode name starts from ("LATIN SMALL LETTER G WITH BREVE" is g), combining marks go.
        static func withoutDiacritics(_ text: String) -> String {
            var folded = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    folded.append(scalar)
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue
                } else if let name = scalar.properties.name, let letter = latinBase(name) {
                    folded.append(letter)
                } else {
                    folded.append(scalar)
                }
            }
            return String(folded)
        }

        static func latinBase(_ name: String) -> Unicode.Scalar? {
            for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
                let rest = name.dropFirst(prefix.count)
                guard let with = rest.firstRange(of: " WITH "), rest.distance(from: rest.startIndex, to: with.lowerBound) == 1,
                    let letter = rest.first?.lowercased().unicodeScalars.first
                else { return nil }
                return letter
            }
            return nil
        }

        /// Whether `words` appear as whole words in `name`: "peskov" in "dmitry peskov".
        static func containsWords(_ name: String, _ words: String) -> Bool {
            (" " + name + " ").contains(" " + words + " ")
        }
    }
}
