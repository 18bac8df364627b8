// Stage 4b of extraction: the people and organisations a sentence names, speaking or not, so
// that later surnames, pronouns and descriptions can refer to them (ClaimExtractor reads them
// sentence by sentence and gives them to SpeakerResolver).

/// Names of people and organisations a sentence gives, speaking or not, for later references.
enum EntityMentions {
    struct Mention {
        var phrase: SpeakerPhrase
        var range: Range<Int>
        /// What an appositive says an organisation is: "Gauteng Water, the city-owned utility,".
        var described: [String] = []
        /// A person introduced with their age or what they are: "Brian Kellock, 63, a retired joiner".
        var introduced = false
    }

    /// Lower-case nouns that make the name after them a business or group: "broadband provider
    /// Brightwire", "the campaign group Safe Feeds".
    static let organisationNouns: Set<String> = [
        "provider", "company", "firm", "group", "carmaker", "automaker", "airline", "lender", "bank", "operator",
        "retailer", "chain", "giant", "insurer", "supplier", "manufacturer", "maker", "producer", "developer",
        "startup", "conglomerate", "broadcaster", "utility", "charity", "campaign", "organisation", "organization",
        "union", "club", "party", "consultancy", "agency", "regulator", "watchdog", "publisher", "brand", "network",
        "recycler", "exporter", "importer", "distributor", "shipper", "refiner", "processor", "contractor", "builder", "housebuilder",
        "drugmaker", "chipmaker", "steelmaker", "biotech", "fintech", "platform", "marketplace",
    ]

    /// Lower-case nouns that make the name after them a medium: "American podcast Backstage
    /// Babble", "the weekly newspaper Rhône Courier".
    static let mediaNouns: Set<String> = ["podcast", "programme", "program", "newspaper", "paper", "magazine", "channel", "station", "website", "blog", "tabloid"]

    static func find(in sentence: Range<Int>, _ article: ArticleTokens, narrative: (Int) -> Bool, resolver: SpeakerResolver) -> [Mention] {
        let tokens = article.tokens
        var mentions: [Mention] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            if let office = office(at: index, sentence, tokens, narrative: narrative) {
                mentions.append(office)
                index = office.range.upperBound
                continue
            }
            guard narrative(index), tokens[index].isCapitalized else {
                index += 1
                continue
            }
            // A run of capitalised words, with "of", "for", "and", "&" inside: "Transport Minister
            // Helen Marsh", "Nordic Institute for Maritime Law".
            var end = index
            while end < sentence.upperBound, narrative(end) {
                if tokens[end].isCapitalized || tokens[end].text == "." && end > index && !tokens[end].spaceBefore {
                    end += 1
                } else if ["of", "for", "and", "&", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "der", "den", "la", "le", "y", "van", "von", "ter", "ten"].contains(tokens[end].text),
                    end > index, end + 1 < sentence.upperBound, tokens[end + 1].isCapitalized
                {
                    end += 1
                } else {
                    break
                }
            }
            // "South Korean battery maker ...": words that describe the name after them are none.
            if nameAfterNoun(from: end, sentence, tokens) != nil, !tokens[index..<end].contains(where: { AttributionLexicon.organisationWords.contains($0.lower) }) {
                index = end
                continue
            }
            // "The Stuttgart-based group": where a business is, said of it, is no name.
            if SpeakerPhrases.placeModifiers.contains(where: tokens[end - 1].lower.hasSuffix) {
                index = end
                continue
            }
            // "Ambassador of Japan to Mongolia Hiroshi Tanabe": the country the title names is not his name.
            if end - index >= 3, index > sentence.lowerBound, tokens[index - 1].lower == "to", AttributionLexicon.places.contains(tokens[index].lower) {
                index += 1
            } else if end - index >= 3, index > sentence.lowerBound, ["in", "to", "of"].contains(tokens[index - 1].lower),
                AttributionLexicon.givenNames[tokens[index + 1].lower] != nil, AttributionLexicon.givenNames[tokens[index].lower] == nil
            {
                // "Director of School No. 112 in Astana Gulnara Seitova": the place the title ends with, then the name.
                index += 1
            }
            var start = index
            while start > sentence.lowerBound, tokens[start - 1].isWord, AttributionLexicon.titles.contains(tokens[start - 1].lower) { start -= 1 }
            let before = start > sentence.lowerBound ? tokens[start - 1].lower : ""
            let name = article.text(index..<end)
            // "broadband provider Brightwire" (not "Union president Jorge Salinas": a title between).
            if organisationNouns.contains(before) || mediaNouns.contains(before), start == index {
                mentions.append(Mention(phrase: .organisation(name), range: start..<end))
            } else if end - index == 1, !AttributionLexicon.openers.contains(tokens[index].lower), resolver.isKnownSurname(tokens[index].text) {
                // "Wolna" after "Katarzyna Wolna": the same person again.
                mentions.append(Mention(phrase: .person(name: tokens[index].text, roles: []), range: start..<end))
            } else if end - index == 1, start == index, let role = firstNameIntroduced(end, sentence, tokens) {
                // "Alasdair, a crofter from Ullapool, was less convinced": a caller known by first name.
                mentions.append(Mention(phrase: .person(name: tokens[index].text, roles: [role]), range: index..<end, introduced: true))
            } else if end - index >= 2 || index > sentence.lowerBound,
                let phrase = SpeakerPhrases.classify(start..<end, appositive: titledName(after: end, start..<end, sentence, tokens) ?? appositive(after: end, sentence, tokens), article)
            {
                switch phrase {
                // "in Sao Paulo state": after "in", a place, not a person.
                // "HTV's Newsnight": a possessive inside makes it no one's name.
                // "Mr Casals" after "Jordi Casals": a title and a surname named before.
                case .person(let name, _) where (name.split(separator: " ").count >= 2 || resolver.isKnownSurname(name)) && !["in", "near", "across", "outside"].contains(before)
                    && !name.split(separator: " ").dropLast().contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }):
                    // "Club Deportivo Ribera president Anselmo Rota": the club is named too.
                    let organisation = (start..<end).prefix { tokens[$0].isCapitalized && !AttributionLexicon.titles.contains(tokens[$0].lower) }
                    if organisation.count >= 2, organisation.contains(where: { AttributionLexicon.organisationWords.contains(tokens[$0].lower) }),
                        organisation.upperBound < end, AttributionLexicon.titles.contains(tokens[organisation.upperBound].lower)
                    {
                        mentions.append(Mention(phrase: .organisation(article.text(organisation.lowerBound..<organisation.upperBound)), range: organisation.lowerBound..<organisation.upperBound))
                    }
                    let introduced = end + 2 < sentence.upperBound && tokens[end].text == ","
                        && (tokens[end + 1].text.allSatisfy(\.isNumber) && tokens[end + 2].text == "," || ["a", "an", "who"].contains(tokens[end + 1].lower))
                        // "an 87-year-old retired postman named Donal Fitzgibbon is trying to eat".
                        || start >= sentence.lowerBound + 2 && ["named", "called"].contains(tokens[start - 1].lower) && !tokens[start - 2].isCapitalized && tokens[start - 2].isWord
                        // "Her name is Regula Amsler, and ...".
                        || start >= sentence.lowerBound + 2 && ["is", "was"].contains(tokens[start - 1].lower) && tokens[start - 2].lower == "name"
                    mentions.append(Mention(phrase: phrase, range: start..<end, introduced: introduced))
                case .organisation:
                    let described = appositive(after: end, sentence, tokens).map { SpeakerPhrases.roleWords(tokens[$0]) } ?? []
                    mentions.append(Mention(phrase: phrase, range: start..<end, described: described.count <= 4 ? described : []))
                default: break
                }
            }
            index = max(end, index + 1)
        }
        return mentions
    }

    /// "Alasdair, a crofter from Ullapool, ...", "Dave, a taxi driver in Inverness, ...": one
    /// capitalised word and what the person is. Returns what they are.
    static func firstNameIntroduced(_ end: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> String? {
        guard end + 2 < sentence.upperBound, tokens[end].text == ",", ["a", "an"].contains(tokens[end + 1].lower),
            let noun = (end + 2..<min(sentence.upperBound, end + 5)).first(where: { !tokens[$0].isWord || ["from", "in", "at", "who", "of", "with"].contains(tokens[$0].lower) })
                .map({ $0 - 1 }),
            noun >= end + 2, tokens[noun].isWord, !tokens[noun].isCapitalized, SpeakerPhrases.isPersonNoun(tokens[noun].lower) || AttributionLexicon.descriptors.contains(tokens[noun].lower)
        else { return nil }
        return tokens[noun].lower
    }

    /// "the summit secretariat", "the public works department": an office the article names in
    /// lower case, so that "the secretariat said" later finds its whole name.
    static func office(at index: Int, _ sentence: Range<Int>, _ tokens: [Token], narrative: (Int) -> Bool) -> Mention? {
        guard tokens[index].lower == "the", narrative(index) else { return nil }
        let notModifiers: Set<String> = [
            "new", "old", "same", "former", "other", "whole", "entire", "first", "last", "next", "own", "main", "said", "very",
            "the", "a", "an", "of", "in", "for", "and", "or", "to", "at", "on", "by", "with", "from", "that", "who", "which", "its", "their",
        ]
        var head = index + 1
        while head < min(sentence.upperBound, index + 5), tokens[head].isWord, !tokens[head].isCapitalized, narrative(head),
            !AttributionLexicon.organisationHeads.contains(tokens[head].lower)
        {
            guard !notModifiers.contains(tokens[head].lower), AttributionLexicon.verbs[tokens[head].lower] == nil, !tokens[head].lower.hasSuffix("'s"),
                !AttributionLexicon.titles.contains(tokens[head].lower) || Self.departments.contains(tokens[head].lower),
                !AttributionLexicon.personHeads.contains(tokens[head].lower),
                !tokens[head].lower.hasSuffix("’s"), !tokens[head].lower.hasSuffix("ly")
            else { return nil }
            head += 1
        }
        guard head > index + 1, head < sentence.upperBound, tokens[head].isWord, !tokens[head].isCapitalized, narrative(head) else { return nil }
        let word = tokens[head].lower
        guard AttributionLexicon.organisationHeads.contains(word), !AttributionLexicon.personHeads.contains(word),
            !["statement", "report", "release", "filing", "notice", "city", "county", "state", "campaign", "operation", "group"].contains(word),
            // Not "the port authority of Gdynia": the name would go on.
            head + 1 >= sentence.upperBound || !tokens[head + 1].isCapitalized
                && !(tokens[head + 1].lower == "of" && head + 2 < sentence.upperBound && (tokens[head + 2].isCapitalized || tokens[head + 2].lower == "the"))
        else { return nil }
        let name = tokens[(index + 1)...head].map(\.text).joined(separator: " ")
        return Mention(phrase: .organisation(name), range: (index + 1)..<(head + 1))
    }

    /// What a ministry or department is for: titles too ("the finance minister"), but before an
    /// office's noun part of its name ("the finance ministry").
    static let departments: Set<String> = [
        "foreign", "defence", "defense", "finance", "interior", "health", "environment", "transport", "economy", "trade", "education",
        "labour", "labor", "energy", "agriculture", "culture", "justice",
    ]

    /// Where the name starts after lower-case words saying what it is ("battery maker Hanseong
    /// Energy", "campaign group Safe Feeds"), or nil when `index` starts no such words.
    static func nameAfterNoun(from index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        guard index < sentence.upperBound, tokens[index].isWord, !tokens[index].isCapitalized else { return nil }
        for noun in index..<min(sentence.upperBound - 1, index + 3) {
            guard tokens[noun].isWord, !tokens[noun].isCapitalized else { return nil }
            if organisationNouns.contains(tokens[noun].lower) || AttributionLexicon.titles.contains(tokens[noun].lower) {
                return tokens[noun + 1].isCapitalized ? noun + 1 : nil
            }
        }
        return nil
    }

    /// The name between commas after a title: "Pirjo Vesterinen" in "Finland's Minister of
    /// Economic Affairs, Pirjo Vesterinen, attended".
    static func titledName(after end: Int, _ title: Range<Int>, _ sentence: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        guard end + 2 < sentence.upperBound, tokens[end].text == ",", tokens[title].contains(where: { $0.isCapitalized && AttributionLexicon.personHeads.contains($0.lower) }) else { return nil }
        var close = end + 1
        while close < sentence.upperBound, tokens[close].isCapitalized, close - end < 5 { close += 1 }
        guard close - end >= 3, close < sentence.upperBound, tokens[close].text == "," else { return nil }
        return (end + 1)..<close
    }

    static func appositive(after end: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        guard end + 1 < sentence.upperBound, tokens[end].text == ",", tokens[end + 1].lower == "the" || tokens[end + 1].lower == "a" else { return nil }
        var close = end + 1
        while close < sentence.upperBound, tokens[close].text != ",", close - end < 14 { close += 1 }
        return close < sentence.upperBound ? (end + 1)..<close : nil
    }
}
