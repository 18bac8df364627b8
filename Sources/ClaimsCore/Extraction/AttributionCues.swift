// Stage 4 of extraction: the attribution cues of a sentence (a reporting verb outside quotation
// marks, "according to", "quoted ... as saying", "told <an outlet>") and what hangs off each: the
// speaker phrase, the reported clause or the quotation, the outlet the words came through, and
// the date it was said.

/// One attribution found in a sentence.
struct Attribution: Equatable {
    enum Form: Equatable {
        /// "Marsh said", "said Marsh", "the ministry warned".
        case verb(lemma: String)
        /// "According to the ministry, ...", "..., according to Marsh."
        case accordingTo
        /// "RIA Novosti quoted Peskov as saying", "Peskov was quoted as saying", "cited X as saying".
        case quotedAsSaying
    }

    var form: Form
    /// The cue's own tokens ("said", "according to", "quoted ... as saying").
    var cue: Range<Int>
    var speaker: Range<Int>
    var appositive: Range<Int>?
    /// True when the speaker comes after the verb ("said Davis").
    var inverted: Bool
    /// Outlets the words came through, in order.
    var via: [String]
    /// "on Tuesday", "yesterday": the words the date said is worked out from.
    var datePhrase: String?
    /// The outlet that opens "Reuters reported, citing X, that ..." (the speaker is X).
    var outlet: Range<Int>? = nil
}

enum AttributionCues {
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this", "that", "such", "any",
        "some", "no", "whose", "of", "new", "recent", "earlier", "latest", "similar", "both", "all",
    ]

    /// Every attribution in `range`, in order. `narrative` says which tokens are outside quotations.
    static func find(in range: Range<Int>, _ article: ArticleTokens, narrative: (Int) -> Bool) -> [Attribution] {
        let tokens = article.tokens
        var found: [Attribution] = []
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard narrative(index), tokens[index].isWord else { continue }
            let word = tokens[index].lower
            // "according to X"
            if word == "according", index + 1 < range.upperBound, tokens[index + 1].lower == "to" {
                var end = index + 2
                while end < range.upperBound, narrative(end), ![",", ".", ";", ":", "—"].contains(tokens[end].text), tokens[end].kind != .quote { end += 1 }
                guard end > index + 2 else { continue }
                var speaker = (index + 2)..<end
                var via: [String] = []
                // "according to Interfax, citing ...": an outlet as the speaker is also the via.
                // ("according to the ministry's website": the ministry's own words, relayed by no one.)
                if isOutlet(speaker, article), !tokens[speaker].contains(where: { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") }) {
                    via = [withoutArticle(name(speaker, article))]
                }
                if let citing = (speaker.lowerBound..<end).first(where: { tokens[$0].lower == "citing" }), citing + 1 < end {
                    via = [name(speaker.lowerBound..<citing, article)]
                    speaker = (citing + 1)..<end
                }
                // "According to the head of the department, Maj. Gen. Andrei Kolesov, more than ...".
                var appositive: Range<Int>?
                // "According to Messline Catering, which runs the canteen, ...".
                if end + 1 < range.upperBound, tokens[end].text == ",", ["which", "who"].contains(tokens[end + 1].lower),
                    let close = (end + 2..<min(range.upperBound, end + 16)).first(where: { tokens[$0].text == "," })
                {
                    appositive = (end + 1)..<close
                }
                if appositive == nil, end < range.upperBound, tokens[end].text == ",",
                    let close = (end + 1..<min(range.upperBound, end + 14)).first(where: { tokens[$0].text == "," }), close > end + 1,
                    tokens[end + 1].isCapitalized, SpeakerPhrases.isPerson(SpeakerPhrases.classify((end + 1)..<close, appositive: nil, article)),
                    !SpeakerPhrases.isPerson(SpeakerPhrases.classify(speaker, appositive: nil, article))
                {
                    appositive = (end + 1)..<close
                }
                found.append(Attribution(form: .accordingTo, cue: index..<(index + 2), speaker: speaker, appositive: appositive, inverted: true, via: via, datePhrase: nil))
                index = (appositive?.upperBound ?? end) - 1
                continue
            }
            // "In his words, ...": the last speaker's.
            if word == "in", index + 3 < range.upperBound, AttributionLexicon.possessivePronouns[tokens[index + 1].lower] != nil,
                tokens[index + 2].lower == "words", tokens[index + 3].text == ","
            {
                found.append(Attribution(form: .accordingTo, cue: index..<(index + 3), speaker: (index + 1)..<(index + 2), appositive: nil, inverted: true, via: [], datePhrase: nil))
                index += 3
                continue
            }
            // "... quoted X as saying", "X was quoted as saying", "cited X as saying"
            if ["quoted", "cited"].contains(word), let asSaying = (index + 1..<min(range.upperBound, index + 40)).first(where: {
                tokens[$0].lower == "as" && $0 + 1 < range.upperBound && tokens[$0 + 1].lower == "saying"
            }) {
                let cue = index..<(asSaying + 2)
                var auxiliary = index - 1
                while auxiliary > range.lowerBound, SpeakerPhrases.adverbs.contains(tokens[auxiliary].lower), !["was", "is"].contains(tokens[auxiliary].lower) { auxiliary -= 1 }
                if auxiliary >= range.lowerBound, ["was", "were", "is", "been"].contains(tokens[auxiliary].lower) {
                    // "Peskov was quoted by RIA Novosti as saying", "Orlov was later quoted by Interfax as saying"
                    guard let subject = SpeakerPhrases.before(auxiliary, in: range, article, narrative: narrative) else { continue }
                    let byOutlet = (index + 1 < asSaying && tokens[index + 1].lower == "by") ? [name((index + 2)..<asSaying, article)] : []
                    found.append(Attribution(form: .quotedAsSaying, cue: cue, speaker: subject.phrase, appositive: subject.appositive, inverted: false, via: byOutlet.map(Self.withoutArticle), datePhrase: date(around: cue, article)))
                } else if index + 1 < asSaying {
                    // "RIA Novosti quoted Peskov as saying": the outlet before, the speaker between.
                    let outlet = SpeakerPhrases.before(index, in: range, article, narrative: narrative).map { name($0.phrase, article) }
                    // "cited the fire chief in Klodzko, Marek Lis, as saying"
                    var speaker = (index + 1)..<asSaying
                    var appositive: Range<Int>?
                    if let comma = speaker.first(where: { tokens[$0].text == "," }), comma > speaker.lowerBound {
                        let close = (comma + 1..<asSaying).first(where: { tokens[$0].text == "," }) ?? asSaying
                        appositive = (comma + 1)..<close
                        speaker = speaker.lowerBound..<comma
                    }
                    found.append(Attribution(form: .quotedAsSaying, cue: cue, speaker: speaker, appositive: appositive, inverted: true, via: outlet.map { [Self.withoutArticle($0)] } ?? [], datePhrase: date(around: cue, article)))
                }
                index = asSaying + 1
                continue
            }
            // "Channel Pitch is reporting that ...", "the union has been saying that ...": a
            // progressive tense, its subject before the auxiliary.
            if let lemma = AttributionLexicon.participles[word] ?? (word == "reporting" ? "report" : nil), index - 1 > range.lowerBound,
                ["is", "are", "was", "were", "been"].contains(tokens[index - 1].lower), index + 1 < range.upperBound,
                tokens[index + 1].lower == "that" || tokens[index + 1].text == ":"
            {
                var auxiliary = index - 1
                if tokens[auxiliary].lower == "been", auxiliary - 1 > range.lowerBound, ["has", "have", "had"].contains(tokens[auxiliary - 1].lower) { auxiliary -= 1 }
                if let subject = SpeakerPhrases.before(auxiliary, in: range, article, narrative: narrative) {
                    found.append(Attribution(
                        form: .verb(lemma: lemma), cue: index..<(index + 1), speaker: subject.phrase, appositive: subject.appositive, inverted: false,
                        via: via(after: index + 1, in: range, article, lemma: lemma), datePhrase: date(around: index..<(index + 1), article)))
                    continue
                }
            }
            // ", saying he should have declared it": the sentence's subject speaks.
            // (Not "Sosa, writing in the newspaper El Faro, called it ...": where, between commas.)
            if let lemma = AttributionLexicon.participles[word], index > range.lowerBound, [",", "—", "–"].contains(tokens[index - 1].text) || ["but", "and"].contains(tokens[index - 1].lower),
                !(["write", "post"].contains(lemma) && index + 1 < range.upperBound && ["in", "for"].contains(tokens[index + 1].lower))
            {
                found.append(Attribution(form: .verb(lemma: lemma), cue: index..<(index + 1), speaker: index..<index, appositive: nil, inverted: false, via: [], datePhrase: nil))
                continue
            }
            // "The association's president, Wagner Lima, welcomed the arrests but said ...": after
            // the subject's own verb and "but" or "and", the subject speaks.
            if AttributionLexicon.verbs[word] != nil, index > range.lowerBound + 2, ["but", "and"].contains(tokens[index - 1].lower),
                let opening = (range.lowerBound..<(index - 1)).last(where: { tokens[$0].text == "," }), opening + 2 < index - 1,
                tokens[opening + 1].isWord, !tokens[opening + 1].isCapitalized, tokens[opening + 1].lower.count > 4, tokens[opening + 1].lower.hasSuffix("ed"),
                opening > range.lowerBound, tokens[opening - 1].isCapitalized, narrative(opening + 1)
            {
                // (Who the subject is, with what the commas say of them: "The governor of the
                // region, Luis Huenchumil, welcomed the plan but warned".)
                let subject = SpeakerPhrases.before(opening + 1, in: range, article, narrative: narrative)
                found.append(Attribution(form: .verb(lemma: AttributionLexicon.verbs[word] ?? word), cue: index..<(index + 1),
                    speaker: subject?.phrase ?? index..<index, appositive: subject?.appositive, inverted: false,
                    via: via(after: index + 1, in: range, article, lemma: AttributionLexicon.verbs[word] ?? word), datePhrase: date(around: index..<(index + 1), article)))
                continue
            }
            // "the United States", "Reports", "Claims": a capitalised word is a name or a heading, not a cue.
            guard let lemma = AttributionLexicon.verbs[word], !tokens[index].isCapitalized || index == range.lowerBound else { continue }
            // "Asked about the criticism, ...": a participle opening the sentence is no cue.
            if index == range.lowerBound || index > range.lowerBound && !tokens[(range.lowerBound)..<index].contains(where: \.isWord), tokens[index].isCapitalized, lemma != "say" {
                continue
            }
            // "the claims", "his remarks", "these reports": a noun after a determiner, not a verb.
            if index > range.lowerBound, Self.determiners.contains(tokens[index - 1].lower) { continue }
            // "14 West African states are gathering", "the reports were wrong": a plural noun before a verb.
            if word.hasSuffix("s"), index + 1 < range.upperBound,
                ["are", "were", "have", "had", "will", "would", "can", "could", "may", "must", "should", "do", "did"].contains(tokens[index + 1].lower)
            {
                continue
            }
            // "in Parana and Minas Gerais states and seized ...": places' plural noun, after their
            // names and before "and" or a comma; the verb has a clause or quotation after it (or
            // ends the sentence: "..., the ministry states.").
            // (Not "Amnesty International states in its report that ...": a name that opens the clause.)
            if word == "states", index > range.lowerBound, tokens[index - 1].isCapitalized, index + 1 < range.upperBound,
                [",", ";", ")", "and", "or", "of", "in", "where", "which", "to"].contains(tokens[index + 1].lower),
                let name = (range.lowerBound..<index).last(where: { !tokens[$0].isCapitalized }),
                [",", "and", "in", "of", "across", "both", "two", "three", "several", "the", "other", "member"].contains(tokens[name].lower)
            {
                continue
            }
            // "the offer described by the union": a participle, and the one described does not speak.
            if index + 1 < range.upperBound, tokens[index + 1].lower == "by", !["quote", "cite", "say", "tell", "add", "write"].contains(lemma), !tokens[index].lower.hasSuffix("s") { continue }
            // "have been told", "was asked": the subject is told, it does not tell.
            if index > range.lowerBound, ["been", "being", "be", "was", "were", "is", "are", "get", "got"].contains(tokens[index - 1].lower) { continue }
            if let particle = AttributionLexicon.particleVerbs[lemma] {
                // "hit out", and "hit back" too.
                guard index + 1 < range.upperBound, tokens[index + 1].lower == particle || lemma == "hit" && tokens[index + 1].lower == "back" else { continue }
                // "Host Gord Pynn put it to the minister that ...": a question put, not a claim made.
                if lemma == "put", index + 2 < range.upperBound, tokens[index + 2].lower == "to" { continue }
            }
            // "the report said", "the ministry's statement said": fine; "said" as an adjective ("the said plan") is rare.
            var cueEnd = index + 1
            if AttributionLexicon.particleVerbs[lemma] != nil { cueEnd += 1 }
            // "At Mulanje District Hospital, the ward has been full since June, said Dr Tiyamike
            // Phiri, the hospital's chief medical officer.": after a comma, a name that follows the
            // verb and ends the clause is who spoke, whatever a comma before made of the words.
            // (Not "..., Dean Castellano, told Reef FM": a verb with an object, after a name's commas.)
            if ["say", "add", "note", "stress", "explain", "write", "insist", "argue"].contains(lemma),
                index > range.lowerBound, tokens[index - 1].text == ",", cueEnd < range.upperBound, tokens[cueEnd].isCapitalized,
                SpeakerPhrases.before(index, in: range, article, narrative: narrative)?.appositive.map({ !tokens[$0.lowerBound].isCapitalized }) ?? true,
                !DateText.weekday(tokens[cueEnd].text), DateText.month(tokens[cueEnd].text) == nil,
                let subject = SpeakerPhrases.after(cueEnd - 1, in: range, article, narrative: narrative),
                subject.phrase.upperBound >= range.upperBound || [",", ".", "!", "?"].contains(tokens[subject.phrase.upperBound].text),
                { switch SpeakerPhrases.classify(subject.phrase, appositive: subject.appositive, article) {
                    case .person?, .organisation?: return true
                    default: return false } }()
            {
                found.append(Attribution(
                    form: .verb(lemma: lemma), cue: index..<cueEnd, speaker: subject.phrase, appositive: subject.appositive, inverted: true,
                    via: via(after: subject.phrase.upperBound, in: range, article, lemma: lemma), datePhrase: date(around: index..<cueEnd, article)))
                continue
            }
            if let subject = SpeakerPhrases.before(index, in: range, article, narrative: narrative),
                subject.phrase.count == 1, ["who", "which"].contains(tokens[subject.phrase.lowerBound].lower), subject.phrase.lowerBound > range.lowerBound,
                tokens[subject.phrase.lowerBound - 1].text == ",",
                let named = SpeakerPhrases.before(subject.phrase.lowerBound - 1, in: range, article, narrative: narrative),
                // ("the public body that runs the hospital, which said": "which" of a name only.)
                tokens[subject.phrase.lowerBound].lower == "who" || named.phrase.last.map({ tokens[$0].isCapitalized }) == true
                    // ("according to Hoshikawa, which said": "according to" has given it already.)
                    && !(named.phrase.lowerBound > range.lowerBound && tokens[named.phrase.lowerBound - 1].lower == "to")
                    && !tokens[named.phrase].contains(where: { $0.lower == "according" })
            {
                // "... Turkish President Recep Tayyip Erdogan, who said on Monday that ...", "the
                // Kestrel Owners Club, which says it has 14,000 members".
                found.append(Attribution(
                    form: .verb(lemma: lemma), cue: index..<cueEnd, speaker: named.phrase, appositive: named.appositive, inverted: false,
                    via: via(after: cueEnd, in: range, article, lemma: lemma), datePhrase: date(around: index..<cueEnd, article)))
            } else if let subject = SpeakerPhrases.before(index, in: range, article, narrative: narrative),
                !(subject.phrase.count == 1 && tokens[subject.phrase.lowerBound].lower == "who"),
                // "..., said Joanna Pelham": when nothing before the verb can speak, the speaker follows it.
                SpeakerPhrases.classify(subject.phrase, appositive: subject.appositive, article) != nil
                    || !(index > range.lowerBound && tokens[index - 1].text == "," && SpeakerPhrases.after(cueEnd - 1, in: range, article, narrative: narrative)
                        .map { SpeakerPhrases.classify($0.phrase, appositive: $0.appositive, article) != nil } == true)
            {
                if let cited = citing(after: cueEnd, in: range, article), isOutlet(subject.phrase, article) || lemma == "report" {
                    // "Reuters reported, citing the British embassy, that ...": the embassy speaks, through Reuters.
                    found.append(Attribution(
                        form: .verb(lemma: lemma), cue: index..<cited.end, speaker: cited.speaker, appositive: cited.appositive, inverted: false,
                        via: [withoutArticle(name(subject.phrase, article))], datePhrase: date(around: index..<cueEnd, article), outlet: subject.phrase))
                    index = cited.end - 1
                    continue
                }
                // "The newspaper Siam Morning Post, citing the governor, reported that ...": the
                // citation between the outlet and its verb.
                if let aside = subject.appositive, aside.count > 1, tokens[aside.lowerBound].lower == "citing", isOutlet(subject.phrase, article) || lemma == "report" {
                    let cited = (aside.lowerBound + 1)..<aside.upperBound
                    let comma = cited.first(where: { tokens[$0].text == "," && $0 > cited.lowerBound })
                    found.append(Attribution(
                        form: .verb(lemma: lemma), cue: index..<cueEnd, speaker: comma.map { cited.lowerBound..<$0 } ?? cited,
                        appositive: comma.flatMap { $0 + 1 < cited.upperBound ? ($0 + 1)..<cited.upperBound : nil }, inverted: false,
                        via: [withoutArticle(name(subject.phrase, article))], datePhrase: date(around: index..<cueEnd, article), outlet: subject.phrase))
                    continue
                }
                // "He smiled, picked up his folder and said: ...": the sentence's subject says it.
                let chained = index > range.lowerBound && tokens[index - 1].lower == "and"
                    && SpeakerPhrases.classify(subject.phrase, appositive: subject.appositive, article) == nil
                found.append(Attribution(
                    form: .verb(lemma: lemma), cue: index..<cueEnd, speaker: chained ? index..<index : subject.phrase, appositive: chained ? nil : subject.appositive,
                    inverted: false, via: via(after: cueEnd, in: range, article, lemma: lemma), datePhrase: date(around: index..<cueEnd, article)))
            } else if let subject = SpeakerPhrases.after(cueEnd - 1, in: range, article, narrative: narrative) {
                found.append(Attribution(
                    form: .verb(lemma: lemma), cue: index..<cueEnd, speaker: subject.phrase, appositive: subject.appositive, inverted: true,
                    via: via(after: subject.phrase.upperBound, in: range, article, lemma: lemma), datePhrase: date(around: index..<cueEnd, article)))
            }
        }
        return found
    }

    /// ", citing Interior Department spokeswoman Karen Oduya," after a cue (a date may come first):
    /// who is cited, and where the citation ends. "a letter from Brightwire" cites Brightwire.
    static func citing(after index: Int, in range: Range<Int>, _ article: ArticleTokens) -> (speaker: Range<Int>, appositive: Range<Int>?, end: Int)? {
        let tokens = article.tokens
        guard let at = (index..<min(range.upperBound, index + 6)).first(where: { tokens[$0].lower == "citing" }),
            tokens[index..<at].allSatisfy({ !$0.isWord || ["on", "last", "earlier", "later", "late", "in", "a", "the"].contains($0.lower) || DateText.weekday($0.text) || $0.isCapitalized })
        else { return nil }
        var start = at + 1
        var end = start
        while end < range.upperBound, tokens[end].text != ",", tokens[end].lower != "that", tokens[end].kind != .quote, ![".", ";", ":"].contains(tokens[end].text) { end += 1 }
        guard end > start else { return nil }
        // "a letter from Brightwire to the regulator": the writer.
        if let from = (start..<end).first(where: { ["from", "by"].contains(tokens[$0].lower) }), from > start,
            tokens[start..<from].contains(where: { ["letter", "statement", "report", "documents", "document", "email", "memo", "note", "filing"].contains($0.lower) })
        {
            start = from + 1
            let to = (start..<end).first(where: { ["to", "in", "on", "about", "which", "dated", "sent"].contains(tokens[$0].lower) }) ?? end
            return (start..<to, nil, end)
        }
        // "citing the head of the port, Ana Ruiz, ..."
        // ("..., citing the ministry's budget director, Andrés Pizarro." ends at the stop.)
        if end < range.upperBound, tokens[end].text == ",",
            let close = (end + 1..<min(range.upperBound, end + 10)).first(where: { [",", ";"].contains(tokens[$0].text) })
                ?? (range.upperBound - end <= 8 && tokens[range.upperBound - 1].text == "." ? range.upperBound - 1 : nil),
            end + 1 < close, tokens[end + 1].isCapitalized, SpeakerPhrases.isPerson(SpeakerPhrases.classify((end + 1)..<close, appositive: nil, article))
        {
            return (start..<end, (end + 1)..<close, close)
        }
        return (start..<end, nil, end)
    }

    /// "told the Rossiya 1 TV channel", "told Sputnik", "in an interview with the Daily Mail".
    static func via(after index: Int, in range: Range<Int>, _ article: ArticleTokens, lemma: String) -> [String] {
        let tokens = article.tokens
        var start = index
        if lemma == "tell" {
            // The object of "told": an outlet, or an audience (reporters, MPs) that is not a via.
        } else if start + 3 < range.upperBound, tokens[start].lower == "in", ["an", "a"].contains(tokens[start + 1].lower),
            tokens[start + 2].lower == "interview", tokens[start + 3].lower == "with"
        {
            start += 4
        } else {
            return []
        }
        var end = start
        while end < range.upperBound, tokens[end].isWord || tokens[end].text == "'" || tokens[end].text == "’", end - start < 8,
            tokens[end].lower != "that", tokens[end].lower != "on", tokens[end].lower != "in"
        {
            end += 1
        }
        guard end > start, isOutlet(start..<end, article) else { return [] }
        return [withoutArticle(name(start..<end, article))]
    }

    /// An outlet: a phrase with a word of the media ("TV channel", "Sputnik", "the Daily Portal").
    static func isOutlet(_ range: Range<Int>, _ article: ArticleTokens) -> Bool {
        let words = article.tokens[range].filter(\.isWord)
        guard !words.isEmpty, !words.contains(where: { AttributionLexicon.audiences.contains($0.lower) && !$0.isCapitalized }) else { return false }
        return words.contains { AttributionLexicon.mediaWords.contains($0.lower) && ($0.isCapitalized || ["newspaper", "channel", "agency", "programme", "program", "radio", "tv", "website", "broadcaster", "daily", "weekly", "paper", "tabloid", "broadsheet", "magazine", "publication"].contains($0.lower)) }
    }

    static func name(_ range: Range<Int>, _ article: ArticleTokens) -> String {
        article.text(range).trimmingCharacters(in: " ,.")
    }

    /// An outlet's name as recorded: "the RIA Novosti news agency" is "RIA Novosti" ("Meridian
    /// Press Agency", capitalised, is a name and stays).
    static func withoutArticle(_ name: String) -> String {
        var result = name
        for prefix in ["the ", "The "] where result.hasPrefix(prefix) { result = String(result.dropFirst(prefix.count)) }
        // "the Bangkok newspaper Siam Morning Post", "the TV channel Gol Norte": what it is, then its name.
        let words = result.split(separator: " ")
        if let kind = words.lastIndex(where: { ["newspaper", "daily", "weekly", "channel", "portal", "website", "broadcaster", "magazine", "tabloid", "paper", "station"].contains($0) }),
            // ("the Lisbon daily Jornal do Atlântico": a name's small words too.)
            kind + 1 < words.count, words[kind + 1].first?.isUppercase == true,
            words[(kind + 1)...].allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || SpeakerPhrases.particles.contains(String($0)) })
        {
            return words[(kind + 1)...].joined(separator: " ")
        }
        for suffix in [" news agency", " agency", " newspaper", " daily", " website"] where result.hasSuffix(suffix) {
            result = String(result.dropLast(suffix.count))
            break
        }
        return result
    }

    /// "on Tuesday", "last Friday", "yesterday", "on Nov. 30" right before or after the cue.
    static func date(around cue: Range<Int>, _ article: ArticleTokens) -> String? {
        let tokens = article.tokens
        let window = max(0, cue.lowerBound - 4)..<min(tokens.count, cue.upperBound + 4)
        for index in window where tokens[index].isWord {
            let word = tokens[index].lower
            if ["yesterday", "today"].contains(word) { return tokens[index].text }
            guard ["on", "last"].contains(word), index + 1 < tokens.count, tokens[index + 1].paragraph == tokens[index].paragraph else { continue }
            if DateText.weekday(tokens[index + 1].text) { return article.text(index..<(index + 2)) }
            if DateText.month(tokens[index + 1].text) != nil, index + 2 < tokens.count, tokens[index + 2].text.first?.isNumber == true {
                let end = index + 2 < tokens.count && tokens[index + 2].text.allSatisfy(\.isNumber) ? index + 3 : index + 3
                return article.text(index..<min(end, tokens.count)).trimmingCharacters(in: " ,.")
            }
        }
        return nil
    }
}
