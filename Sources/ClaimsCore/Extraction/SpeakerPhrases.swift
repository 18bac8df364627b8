// Stage 3 of extraction: who is speaking, as the sentence says it. Finds the phrase beside a
// reporting verb (SpeakerPhraseSpans.swift: before it, or after it when inverted: "said Davis"), steps over appositives
// and adverbs ("Steve Okoro, the company's chief quality officer, said on Tuesday"), and decides
// what the phrase is: a name with its titles, an organisation, a group, a description ("the
// diplomat"), a pronoun, or nothing that speaks (a place, a dateline, a month, a sentence opener).

/// How a sentence refers to a speaker.
enum SpeakerPhrase: Equatable {
    /// "Transport Minister Helen Marsh": the name, and the roles around it ("transport minister",
    /// and an appositive's "the company's chief quality officer").
    case person(name: String, roles: [String])
    /// "the Kremlin", "Northern Wire", "police", "the transport ministry" (without "the").
    case organisation(String)
    /// "the diplomat", "the Turkish president": the head word and every word.
    case description(head: String, words: [String])
    case pronoun(AttributionLexicon.Gender)
    /// "A:" in an interview: the person the interview is with.
    case interviewee
    /// The subject of the sentence: "..., saying ...", "welcomed the plan but argued that ...".
    case subject
    /// The person the sentence before (in the same paragraph) is about: "Ms Fabra was
    /// unapologetic. “We warned for years ...”".
    case previousSubject
}

enum SpeakerPhrases {
    /// Words between a speaker and the verb that belong to neither ("Marsh also said").
    static let adverbs: Set<String> = [
        "also", "later", "earlier", "again", "then", "previously", "now", "further", "separately", "once", "reportedly",
        "repeatedly", "publicly", "privately", "recently", "initially", "subsequently", "finally", "yesterday", "today",
        "tonight", "has", "had", "have", "was", "is", "would", "will", "only", "first", "himself", "herself",
        "themselves", "itself", "too", "however", "though", "meanwhile", "still", "already", "simply", "openly",
        "flatly", "angrily", "bluntly", "firmly", "quickly", "immediately", "shortly", "afterwards", "afterward",
        "just", "formally", "officially", "promptly", "swiftly", "quietly", "since",
    ]

    /// What a phrase is, or nil when nothing in it can speak. `allowPlace` lets a country or city
    /// speak for its government ("Iraq said on Monday that ..."), which only a clause or a
    /// quotation after the verb justifies.
    static func classify(_ range: Range<Int>, appositive: Range<Int>?, _ article: ArticleTokens, allowPlace: Bool = false) -> SpeakerPhrase? {
        // A nickname in quotation marks ("Danny “Dozer” Briggs") is not part of the name.
        var words = range.filter { (article.tokens[$0].isWord || article.tokens[$0].text == "&") && article.quote(containing: $0) == nil }.map { article.tokens[$0] }
        // "At her interview before the commission in 2003 she promised", "In Question Time on
        // Wednesday she told the House": a scene that opens with a preposition, then the pronoun.
        let lower = words.map(\.lower)
        if words.count >= 3, words.count <= 14, let last = lower.last, ["he", "she", "they"].contains(last), let gender = AttributionLexicon.pronouns[last],
            ["at", "in", "on", "during", "outside", "inside", "speaking", "addressing", "asked", "later", "earlier"].contains(lower[0]),
            !lower.contains(where: { ["when", "while", "because", "if", "though", "although", "unless", "that", "who", "which", "and", "but"].contains($0) })
        {
            return .pronoun(gender)
        }
        // "Our correspondent Lies Verbeke reports that ...": the outlet's own reporting, no claim.
        if lower.first == "our", lower.contains(where: { ["correspondent", "reporter", "editor", "team", "reporters", "correspondents"].contains($0) }) { return nil }
        // Sentence openers before the phrase: "But Marsh", "Later, Marsh". (Not the possessive of
        // an office: "Her department said", "His ministry said" are the department's, the ministry's.)
        // (Nor whose a described person is, before their name: "Its general manager for Tasmania,
        // Priya Raman, told".)
        while let first = words.first, AttributionLexicon.openers.contains(first.lower), words.count > 1, !isPossessedOffice(words),
            appositive == nil || AttributionLexicon.possessivePronouns[first.lower] == nil
        {
            words.removeFirst()
        }
        guard !words.isEmpty, words.count <= 16 else { return nil }
        // ("the Philippine Atmospheric Service (PAS)": initials in brackets are no part of the name.)
        let appositiveWords = appositive.map { range in Array(article.tokens[range.prefix { article.tokens[$0].text != "(" }].filter(\.isWord)) }
        var phrase = classify(words: words, appositive: appositiveWords, allowPlace: allowPlace)
        // "Head of the Korean delegation, First Vice Minister ... Park Seo-yeon, noted": a title
        // of office, then the appositive that names the person.
        if let appositiveWords, words.first.map({ $0.isCapitalized && AttributionLexicon.titles.contains($0.lower) }) == true,
            words.contains(where: { $0.lower == "of" }),
            { switch phrase { case .organisation?, .description?: return true; default: return false } }(),
            case let run = appositiveWords.reversed().prefix(while: { $0.isCapitalized }).reversed().drop(while: { AttributionLexicon.places.contains($0.lower) || AttributionLexicon.titles.contains($0.lower) }),
            run.count >= 2, run.count <= 3, case .person(let name, _)? = classify(words: Array(run), appositive: nil, allowPlace: false)
        {
            phrase = .person(name: name, roles: (words + appositiveWords.dropLast(run.count)).map(\.lower).filter { !["of", "the", "a", "an"].contains($0) })
        }
        // "Aguamar Pacífico S.A.", "Tōtara Valley Dairy Co.": a company's suffix keeps its full stop.
        if case .organisation(let name)? = phrase { phrase = .organisation(withSuffixStop(name, range, article)) }
        if case .person(let name, let roles)? = phrase { phrase = .person(name: withSuffixStop(name, range, article), roles: roles) }
        if case .organisation(let name)? = phrase, article.tokens[range].contains(where: { $0.text == "," || $0.text == "/" }) {
            return .organisation(printed(name, in: range, article))
        }
        // "K. R. Menon": the initials keep their full stops.
        if case .person(let name, let roles)? = phrase, name.split(separator: " ").contains(where: { $0.count == 1 && $0.first?.isUppercase == true }) {
            // (The name may be the appositive's: "The opposition leader, K. R. Menon, said".)
            let inPhrase = printed(name, in: range, article)
            return .person(name: inPhrase != name ? inPhrase : appositive.map { printed(name, in: $0, article) } ?? name, roles: roles)
        }
        return phrase
    }

    /// "Her department", "his party's", "their local council": a possessive pronoun, then the
    /// lower-case words of an organisation (not of a person: "her lawyer" is somebody else).
    static func isPossessedOffice(_ words: [Token]) -> Bool {
        guard words.count >= 2, words.count <= 4, AttributionLexicon.possessivePronouns[words[0].lower] != nil, let head = words.last?.lower else { return false }
        // ("according to its statement": a document, whose author is the sentence's subject.)
        return words.dropFirst().allSatisfy { !$0.isCapitalized } && AttributionLexicon.organisationHeads.contains(head)
            && !AttributionLexicon.personHeads.contains(head) && !documentNouns.contains(head)
            && !["statement", "release", "report", "filing", "notice", "website", "letter", "post", "spokesman", "spokeswoman", "spokesperson"].contains(head)
    }

    /// Company suffixes printed with a full stop at the end.
    static let dottedSuffixes: Set<String> = ["s.a", "co", "inc", "ltd", "corp", "n.v", "b.v", "s.p.a", "s.l", "s.a.s", "bhd", "s.r.l", "s.a.b", "a.s"]

    /// `name` with the full stop its last word has in the article, when that word is a company's
    /// suffix ("S.A", printed "S.A.").
    static func withSuffixStop(_ name: String, _ range: Range<Int>, _ article: ArticleTokens) -> String {
        guard let last = name.split(separator: " ").last, name.contains(" "), dottedSuffixes.contains(last.lowercased()) else { return name }
        let end = min(range.upperBound + 1, article.tokens.count)
        let printed = (range.lowerBound..<end).contains { index in
            article.tokens[index].text == last && index + 1 < article.tokens.count && article.tokens[index + 1].text == "." && !article.tokens[index + 1].spaceBefore
        }
        return printed ? name + "." : name
    }

    /// A name as the article prints it, with the commas of a list inside it ("the Ministry of
    /// Trade, Industry and Fisheries"), an initial's full stop and the slash of "A/S".
    static func printed(_ name: String, in range: Range<Int>, _ article: ArticleTokens) -> String {
        let wanted = name.split(separator: " ").map(String.init)
        for start in range where article.tokens[start].text == wanted[0] {
            var matched = 0
            var cursor = start
            while cursor < range.upperBound, matched < wanted.count {
                let token = article.tokens[cursor]
                if token.text == wanted[matched] {
                    matched += 1
                } else if token.text == "." || token.text == "/", !token.spaceBefore, matched > 0, wanted[matched - 1].count == 1 {
                    // An initial's full stop ("K. R."), a company's "A/S".
                } else if token.text != "," {
                    break
                }
                cursor += 1
            }
            if matched == wanted.count { return article.text(start..<cursor) }
        }
        return name
    }

    /// When something was said, before who said it ("Last month the institute said").
    static let timeNouns: Set<String> = ["meantime", "meanwhile", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "fortnight", "time"]
    static let timeLeads: Set<String> = ["in", "at", "the", "last", "this", "earlier", "later", "next", "same", "that", "on", "a"]
    /// What a body publishes, printed after its name: "the Showbiz Insider website", "Treasury estimates".
    static let publishedNouns: Set<String> = ["website", "site", "estimates", "figures", "data", "statistics", "projections", "forecasts", "calculations", "records"]
    /// What a body publishes and is quoted through: "a report by the court of auditors".
    static let documentNouns: Set<String> = ["report", "study", "survey", "analysis", "review", "paper", "bulletin", "audit", "assessment", "briefing", "poll", "research"]

    /// Words before a name that say where it is or who owns it: "the Lisbon-based ...", "Toronto-listed ...".
    static let placeModifiers = ["-based", "-listed", "-owned", "-run", "-funded", "-headquartered", "-born"]

    static func classify(words: [Token], appositive: [Token]?, allowPlace: Bool) -> SpeakerPhrase? {
        var words = words
        // "In the meantime the Department of Agriculture", "At the same time the union": a time, then the speaker.
        for opening in [["in", "the", "meantime"], ["at", "the", "same", "time"], ["in", "the", "meanwhile"]]
            where words.count > opening.count + 1 && words.prefix(opening.count).map(\.lower) == opening
        {
            words.removeFirst(opening.count)
        }
        // "Last month the institute", "Earlier this week the court": when, then the speaker.
        // ("On Thursday the association": a weekday, when "the" follows.)
        if let noun = words.prefix(4).firstIndex(where: { !$0.isCapitalized && Self.timeNouns.contains($0.lower) || DateText.weekday($0.text) }), noun + 1 < words.count,
            !words[noun].isCapitalized || noun + 2 < words.count && words[noun + 1].lower == "the",
            words[..<noun].allSatisfy({ Self.timeLeads.contains($0.lower) })
        {
            words.removeFirst(noun + 1)
        }
        // "12:05 The union", "05 The union": a live blog's time stamp before the speaker.
        while words.count > 1, words[0].text.allSatisfy(\.isNumber) { words.removeFirst() }
        // "A report published in May by the Institute for Health Policy", "the latest bulletin
        // from the weather bureau": a document speaks for whoever wrote it.
        if let document = words.prefix(4).firstIndex(where: { Self.documentNouns.contains($0.lower) }),
            words[..<document].allSatisfy({ !$0.isCapitalized || ["a", "an", "the"].contains($0.lower) || $0.text.allSatisfy(\.isNumber) }),
            // ("Research commissioned by the company from the institute" is the institute's.)
            case let by = words.contains(where: { $0.lower == "commissioned" }) ? words.lastIndex(where: { $0.lower == "from" }) ?? words.count
                : words[(document + 1)...].firstIndex(where: { ["by", "from"].contains($0.lower) }) ?? words.count,
            by - document <= 8, by + 1 < words.count
        {
            var author = Array(words[(by + 1)...])
            if let end = author.firstIndex(where: { ["published", "released", "issued", "last", "this", "on", "in"].contains($0.lower) }), end > 0 { author = Array(author[..<end]) }
            if let speaker = classify(words: author, appositive: nil, allowPlace: false) { return speaker }
        }
        // "the Showbiz Insider website", "Treasury estimates", "Eurostat's figures": what a body
        // publishes, after its name, speaks for it.
        // (Not "the Bureau of National Statistics": a capital makes the noun part of the name.)
        if let last = words.last, !last.isCapitalized, Self.publishedNouns.contains(last.lower), words.count >= 2 {
            var name = Array(words.dropLast().drop { ["the", "a", "an"].contains($0.lower) })
            if let owner = name.last?.text, owner.hasSuffix("'s") || owner.hasSuffix("’s") {
                name[name.count - 1].text = String(owner.dropLast(2))
            }
            if !name.isEmpty, name.count <= 6, name.first?.isCapitalized == true, name.last?.isCapitalized == true,
                name.allSatisfy({ $0.isCapitalized || ["of", "for", "and", "&"].contains($0.lower) })
            {
                return .organisation(name.map(\.text).joined(separator: " "))
            }
        }
        // "The company in question": the same company.
        if words.count >= 3, words[words.count - 2].lower == "in", words[words.count - 1].lower == "question" { words.removeLast(2) }
        let determinerCount = words.first.map { ["the", "a", "an"].contains($0.lower) } == true ? 1 : 0
        // "a statement posted on the company's website": the organisation last heard from.
        if words.count > determinerCount + 1, ["statement", "release", "notice", "filing"].contains(words[determinerCount].lower),
            ["posted", "published", "issued", "released", "sent", "circulated", "distributed"].contains(words[determinerCount + 1].lower)
        {
            return .description(head: words[determinerCount].lower, words: [words[determinerCount].lower])
        }
        while words.count > determinerCount + 1, placeModifiers.contains(where: { words[determinerCount].lower.hasSuffix($0) }), words[determinerCount + 1].isCapitalized {
            words.remove(at: determinerCount)
        }
        let lower = words.map(\.lower)
        // "van der Kolk-Suryani said", "de Graaf told": a surname that opens with its particle.
        // (Not "Le Monde", "La Liga", "De Beers": a capital makes the particle a name's first word.)
        if words.count >= 2, words.count <= 4, !words[0].isCapitalized, Self.particles.contains(lower[0]), words.last?.isCapitalized == true,
            words.allSatisfy({ $0.isCapitalized || Self.particles.contains($0.lower) })
        {
            return .person(name: words.map(\.text).joined(separator: " "), roles: [])
        }
        // "I'd say this to employers": the speaker of the words around it, not a name.
        if words.count == 1, ["i", "i'd", "i’d", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "we'd", "we’d", "we'll", "we’ll", "we've", "we’ve", "we're", "we’re",
            "you", "you're", "you’re", "somebody", "someone", "anyone", "anybody", "everyone", "everybody", "nobody"].contains(lower[0])
        {
            return nil
        }
        // "The economy ministry did not dispute the memo's existence but said", "Councillor X
        // declined to be interviewed but said": the subject, before its own verb.
        // ("Wagner Lima welcomed the arrests but said": a verb of the past after the name.)
        if lower.last == "but" || lower.last == "and", let verb = lower.firstIndex(where: {
            ["did", "does", "didn't", "didn’t", "doesn't", "doesn’t", "declined", "refused", "would", "wouldn't", "wouldn’t", "could", "couldn't", "couldn’t"].contains($0)
        }) ?? lower.indices.first(where: { index in
            index > 0 && words[index - 1].isCapitalized && !words[index].isCapitalized && lower[index].count > 4 && lower[index].hasSuffix("ed")
        }), verb > 0 {
            return classify(words: Array(words[..<verb]), appositive: appositive, allowPlace: allowPlace)
        }
        // "a source close to the board", "one insider", "a pal": nobody a record can name.
        if let noun = lower.first(where: { !["a", "an", "the", "one", "two", "some", "several", "senior", "close"].contains($0) }),
            ["source", "sources", "insider", "insiders", "pal", "pals", "friend", "friends", "confidant", "confidante"].contains(noun)
        {
            return nil
        }
        // "the MP said", "the MEP added": letters after a name, used as what the person is.
        if words.count == 2, determinerCount == 1, ["mp", "mep", "msp", "td", "mla"].contains(lower[1]) {
            return .description(head: lower[1], words: lower)
        }
        let appositiveRoles = appositive.map { roleWords($0[...]) } ?? []
        let objects = ["him": "he", "them": "they", "us": "we"]
        if words.count == 1, let gender = AttributionLexicon.pronouns[AttributionLexicon.possessivePronouns[lower[0]] ?? objects[lower[0]] ?? lower[0]] { return .pronoun(gender) }
        // "Outside court she fumed": a scene, then the pronoun that speaks.
        if words.count >= 2, words.count <= 5, let last = lower.last, ["he", "she", "they"].contains(last), let gender = AttributionLexicon.pronouns[last],
            !words[words.count - 2].isCapitalized || words.count == 2 && AttributionLexicon.openers.contains(lower[0]),
            // Not "just days after he claimed": the pronoun of a clause inside another.
            !lower.contains(where: { ["after", "before", "when", "while", "because", "since", "until", "if", "as", "though", "although", "unless"].contains($0) })
        {
            return .pronoun(gender)
        }
        // "Estonia's defence minister, Kalev Rebane, argued": the name is the appositive.
        // ("The commercial director of the tour operator Maple Sun, Geneviève Tremblay, told": a
        // description, however many capitalised words it ends with.)
        // ("Its general manager for Tasmania, Priya Raman, told": whose, and what for.)
        // ("Finland's Minister of Economic Affairs, Pirjo Vesterinen,", "Estonia's Foreign
        // Minister, Kalev Rebane,": a capitalised title, whatever comes before it.)
        let title = words.count >= 2 && (AttributionLexicon.personHeads.contains(lower[lower.count - 1])
            || lower.contains("of") && words.contains(where: { $0.isCapitalized && AttributionLexicon.personHeads.contains($0.lower) }))
        // ("His long-time teammate, the Danish rider Mads Thygesen,": whose, then what.)
        let describes = title || words.count >= 3 && !words[1].isCapitalized
            && (["the", "a", "an"].contains(lower[0]) && lower.contains("of") || ["its", "his", "her", "their"].contains(lower[0]) && lower.contains("for"))
            // ("Khumalo-Nkosi's lawyer, advocate Johan Pretorius,": whose, by name.)
            || words.count >= 2 && (["his", "her", "their"].contains(lower[0]) || lower[0].hasSuffix("'s") || lower[0].hasSuffix("’s"))
                && words.dropFirst().allSatisfy({ !$0.isCapitalized })
        if let appositive, let first = appositive.first, !["the", "a", "an", "who", "which", "whose", "from", "of"].contains(first.lower),
            first.isCapitalized, describes || !isPerson(classify(words: words, appositive: nil, allowPlace: false)),
            case .person(let name, let roles)? = classify(words: appositive, appositive: nil, allowPlace: false),
            name.split(separator: " ").count >= 2
        {
            return .person(name: name, roles: roles + roleWords(words[...]))
        }
        // "a resident of the Nura district, 38-year-old father of three Daniyar Ospanov": an
        // appositive that describes, then names.
        if let appositive, describes, !["which", "who", "whose", "that"].contains(appositive.first?.lower ?? ""),
            let last = appositive.lastIndex(where: { !$0.isCapitalized }), appositive.count - last >= 3,
            !["of", "the", "at", "for", "from", "in", "with", "by", "and", "to", "on"].contains(appositive[last].lower),
            case .person(let name, let roles)? = classify(words: Array(appositive[(last + 1)...]), appositive: nil, allowPlace: false),
            name.split(separator: " ").count >= 2
        {
            return .person(name: name, roles: roles + roleWords(appositive[...last]) + roleWords(words[...]))
        }
        // "The airport operator, AeroLus, said": the organisation is the appositive. ("Her union,
        // the Irish Midwives and Nurses Guild, said": after its "the", with its small words.)
        if let appositive, case let named = appositive.first?.lower == "the" ? Array(appositive.dropFirst()) : appositive,
            let first = named.first, first.isCapitalized, named.last?.isCapitalized == true, named.count <= 7,
            named.allSatisfy({ $0.isCapitalized || ["and", "of", "for", "&"].contains($0.lower) }),
            // ("A group representing customers, the PayRiver Victims Association,": what it is, then whom it speaks for.)
            let head = describedHead(classify(words: words, appositive: nil, allowPlace: false))
                ?? (words.count >= 3 && ["a", "an", "the"].contains(lower[0]) && lower[2].hasSuffix("ing") ? lower[1] : nil),
            AttributionLexicon.organisationHeads.contains(head) || EntityMentions.organisationNouns.contains(head), !AttributionLexicon.personHeads.contains(head)
        {
            return .organisation(named.map(\.text).joined(separator: " "))
        }
        // "Nordgen's second-largest shareholder, the Oslo fund Vardø Kapital,": what it is, then its name.
        if let appositive, describes, ["the", "a", "an"].contains(appositive.first?.lower ?? ""),
            let noun = appositive.lastIndex(where: { EntityMentions.organisationNouns.contains($0.lower) }), noun + 1 < appositive.count,
            appositive[(noun + 1)...].allSatisfy(\.isCapitalized)
        {
            return .organisation(appositive[(noun + 1)...].map(\.text).joined(separator: " "))
        }
        // "Simon Achebe of the firm Lorne & Pryce", "Gov. Lucia Arredondo of Arizona".
        if let of = lower.firstIndex(where: { ["of", "at", "from", "with"].contains($0) }), of >= 2,
            case .person(let name, let roles)? = classify(words: Array(words[..<of]), appositive: nil, allowPlace: false),
            name.split(separator: " ").count >= 2, personName(words) == nil
        {
            return .person(name: name, roles: roles + appositiveRoles)
        }
        // "The Northern Maritime Command in Karlskrona": where a speaker sits is not its name (an
        // embassy's is: "the British embassy in Moscow").
        if let cut = lower.firstIndex(where: { ["in", "at", "from"].contains($0) }), cut > 0, cut + 1 < words.count,
            words[cut + 1].isCapitalized || lower[cut + 1] == "the",
            !["embassy", "embassies", "consulate", "mission", "delegation", "analysts", "analyst", "specialist", "expert", "observers", "monitors", "officials", "experts", "inspectors",
              "researchers", "scientists", "forecasters", "economists", "engineers", "doctors", "staff", "officers", "lawyers"].contains(lower[cut - 1]),
            let head = classify(words: Array(words[..<cut]), appositive: appositive, allowPlace: allowPlace)
        {
            return head
        }
        if let name = personName(words) {
            return .person(name: name.name, roles: name.roles + appositiveRoles)
        }
        if let organisation = mouthpiece(words) { return organisation }
        // "Island Wings, the country's second-largest carrier": what the appositive says it is.
        if let appositive, let head = appositiveHead(appositive), EntityMentions.organisationNouns.contains(head) || AttributionLexicon.organisationHeads.contains(head),
            !AttributionLexicon.personHeads.contains(head), words.count <= 5, words.allSatisfy(\.isCapitalized),
            case .person(let name, let roles)? = named(words, appositiveRoles: [], allowPlace: allowPlace), roles.isEmpty, name == words.map(\.text).joined(separator: " ")
        {
            return .organisation(name)
        }
        // "police", "Czech police", "the coast guard"; not "analysts say" (nobody in particular).
        if let last = lower.last, AttributionLexicon.groupSpeakers.contains(last) || lower.suffix(2) == ["coast", "guard"], lower.filter({ !["the", "a", "an"].contains($0) }).count <= 3 {
            let kept = words.filter { !["the", "a", "an", "some", "several", "many", "two", "three", "other"].contains($0.lower) }
            return .organisation(kept.map(\.text).joined(separator: " "))
        }
        if AttributionLexicon.institutions.contains(NameFolding.key(words.map(\.text).joined(separator: " "))), words.count > 1 {
            return .organisation(words.map(\.text).joined(separator: " "))
        }
        // "a Brazilian labour judge": a nationality, not a name.
        if let determiner = lower.first, ["a", "an", "one"].contains(determiner), words.count == 2, words[1].isCapitalized { return nil }
        if let determiner = lower.first, ["the", "a", "an", "its", "his", "her", "their", "one"].contains(determiner),
            let description = described(Array(words.dropFirst()))
        {
            return description
        }
        // "Turkey's foreign ministry", "Iraq's prime minister's office": an office as printed.
        if let last = lower.last, AttributionLexicon.organisationHeads.contains(last), !AttributionLexicon.personHeads.contains(last),
            words.count <= 6, words.last?.isCapitalized == false, words.dropLast().contains(where: { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") || !$0.isCapitalized })
        {
            return .organisation(words.map(\.text).joined(separator: " "))
        }
        return named(words, appositiveRoles: appositiveRoles, allowPlace: allowPlace)
    }

    /// The noun an appositive is headed by: "carrier" in "the country's second-largest carrier",
    /// "member" in "a member of the union".
    static func appositiveHead(_ appositive: [Token]) -> String? {
        let stops: Set<String> = ["of", "at", "for", "in", "from", "with", "who", "which", "that", "on", "since", "based"]
        guard let first = appositive.first, ["the", "a", "an"].contains(first.lower) || first.lower.hasSuffix("'s") || first.lower.hasSuffix("’s") else { return nil }
        let prefix = appositive.prefix { !stops.contains($0.lower) }
        return prefix.last?.lower
    }

    /// The noun a phrase describes its speaker by: "operator" of "the airport operator", and of
    /// an office in lower case, "club" of "his old club", "regulator" of "India's space
    /// regulator" (not of a name: "the Harbour Board").
    static func describedHead(_ phrase: SpeakerPhrase?) -> String? {
        switch phrase {
        case .description(let head, _)?: return head
        case .organisation(let name)?:
            let words = name.split(separator: " ")
            guard let last = words.last, words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }),
                words.first?.first?.isLowercase == true || words.first.map({ $0.hasSuffix("'s") || $0.hasSuffix("’s") }) == true
            else { return nil }
            return last.lowercased()
        default: return nil
        }
    }

    static func isPerson(_ phrase: SpeakerPhrase?) -> Bool {
        if case .person? = phrase { return true }
        return false
    }
}
