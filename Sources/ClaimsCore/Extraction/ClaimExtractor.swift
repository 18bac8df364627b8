// Rule-based extraction of claims from news copy, as a pipeline of stages each with its own
// file and tests: tokens, sentences and paragraphs (ArticleTokens), quotations (QuoteScanner),
// speaker phrases (SpeakerPhrases), attribution cues (AttributionCues), coreference
// (SpeakerResolver), assembly (ClaimAssembler); datelines and bylines are set aside first
// (Datelines). No model, no network.
import FoundationEssentials
internal import Postgres
import Basics

/// Proposes the claims in an article.
public struct ClaimExtractor {
    let known: [KnownSpeaker]
    let published: CalendarDate?

    public init(known: [KnownSpeaker], published: CalendarDate?) {
        self.known = known
        self.published = published
    }

    public func extract(from body: String) -> [ProposedClaim] {
        extractWithDetails(from: body).proposals
    }

    /// The proposals, and the outlet a dateline credits ("(Reuters)", "/TASS/"), if any.
    func extractWithDetails(from body: String) -> (proposals: [ProposedClaim], credit: String?) {
        let article = ArticleTokens(body)
        let dateline = Datelines.find(article)
        let assembler = ClaimAssembler(article: article, skipped: dateline.tokens)
        let candidates = assembler.candidates()
        var resolver = SpeakerResolver(known: known)
        var proposals: [ProposedClaim] = []
        var next = 0
        // People named with a role, for a description met before the name: "The transport
        // minister said ..." and, a paragraph later, "Transport Minister Helen Marsh".
        let sentences = article.sentences.map(assembler.trimmed).filter { !$0.isEmpty }
        let plain = SpeakerResolver(known: known)
        var named: [Int: [(name: String, roles: [String])]] = [:]
        // And organisations, for "the mine's operator said" before "Minera Sur, ..., said".
        var organisations: [Int: [String]] = [:]
        for sentence in sentences {
            for mention in EntityMentions.find(in: sentence, article, narrative: assembler.isNarrative, resolver: plain) {
                if case .organisation(let name) = mention.phrase { organisations[article.tokens[sentence.lowerBound].paragraph, default: []].append(name) }
                guard case .person(let name, var roles) = mention.phrase else { continue }
                // "says the woman, a retired schoolteacher ..." and then "Her name is Geertje Dallinga".
                let start = mention.range.lowerBound
                if start >= sentence.lowerBound + 3, ["is", "was"].contains(article.tokens[start - 1].lower), article.tokens[start - 2].lower == "name",
                    let pronoun = ["her": "woman", "his": "man"][article.tokens[start - 3].lower]
                {
                    roles += [pronoun]
                }
                guard !roles.isEmpty else { continue }
                named[article.tokens[sentence.lowerBound].paragraph, default: []].append((name, roles))
            }
        }
        var seen: Set<String> = []
        var interviewee: ResolvedSpeaker?
        // The body's code points, made once, for the quotations in pieces that must anchor.
        var scalars: [Unicode.Scalar]? = nil
        // Whom the sentence before was about, and its paragraph ("Ms Fabra was unapologetic.").
        var previousSubject: (phrase: SpeakerPhrase, paragraph: Int)?
        for sentence in article.sentences.map(assembler.trimmed) where !sentence.isEmpty {
            let here = candidates[next...].prefix { $0.sentence.lowerBound <= sentence.lowerBound }
            // Names the sentence gives before its first attribution are read first ("Nordvale Foods
            // is recalling ..., the company said"); the rest after its claims are resolved, so that
            // "he said" means the speaker, not someone the speaker mentioned.
            let firstCue = here.compactMap { $0.cue?.lowerBound }.min() ?? sentence.upperBound
            let mentions = EntityMentions.find(in: sentence, article, narrative: assembler.isNarrative, resolver: resolver)
            // The subject: the last name in the words that open the sentence ("Rovers boss Mick
            // Farrow was ..." is about Farrow, not Rovers).
            var subjectStart = assembler.firstToken(from: sentence.lowerBound, in: sentence)
            // "Speaking on HTV's Newsnight on Monday, the managing director ...": the subject comes after the comma.
            if subjectStart < sentence.upperBound, ["speaking", "writing", "addressing", "responding", "asked", "interviewed", "appearing"].contains(article.tokens[subjectStart].lower),
                let comma = (subjectStart..<min(sentence.upperBound, subjectStart + 16)).first(where: { article.tokens[$0].text == "," })
            {
                subjectStart = comma + 1
            }
            // "In Question Time on Wednesday she told ...": with no comma after the phrase a
            // preposition opens, the name in it is no subject.
            let fronted = subjectStart < sentence.upperBound && ["in", "at", "on", "during", "under", "over", "from", "with"].contains(article.tokens[subjectStart].lower)
                && !(subjectStart..<min(sentence.upperBound, subjectStart + 12)).contains(where: { article.tokens[$0].text == "," })
            var subjectEnd = subjectStart
            while !fronted, subjectEnd < sentence.upperBound, AttributionLexicon.openers.contains(article.tokens[subjectEnd].lower) || article.tokens[subjectEnd].text == "," {
                subjectEnd += 1
            }
            while !fronted, subjectEnd < sentence.upperBound, article.tokens[subjectEnd].isCapitalized || article.tokens[subjectEnd].lower == "the"
                || AttributionLexicon.titles.contains(article.tokens[subjectEnd].lower) || SpeakerPhrases.isRoleLike(article.tokens[subjectEnd].lower)
                // "HARBOURSIDE United boss Dean Rollason", "Kitchen Wars star Rory Gallagher": what they are, then who.
                || AttributionLexicon.descriptors.contains(article.tokens[subjectEnd].lower) && subjectEnd + 1 < sentence.upperBound && article.tokens[subjectEnd + 1].isCapitalized
                // "HARBOURSIDE United goalie Dean Rollason has": a club's or a firm's name, what the
                // person is, then their name and the verb.
                || Self.opensWithWhatTheyAre(subjectStart, subjectEnd, sentence, article.tokens)
                || article.tokens[subjectEnd].text == "."
                // "Ukraine's foreign minister, Oksana Hrytsenko, has ...": the name in the appositive.
                || article.tokens[subjectEnd].text == "," && subjectEnd + 1 < sentence.upperBound && article.tokens[subjectEnd + 1].isCapitalized
            {
                subjectEnd += 1
                // "South Korean battery maker Hanseong Energy": what it is, then its name.
                if let name = EntityMentions.nameAfterNoun(from: subjectEnd, sentence, article.tokens) { subjectEnd = name }
            }
            // Else a person named early and followed by the verb ("..., Bongani Sithole, apologised").
            // ("Speaking on Rising Time this morning, she said": not a name before where the subject starts.)
            var subject = mentions.last { $0.range.upperBound <= subjectEnd && $0.range.lowerBound >= subjectStart }
                ?? mentions.first { mention in
                    // ("At a quarter past four on a January morning, with sleet blowing across the
                    // E4, Marte Lindqvist went into labour": after an opening phrase and its comma.)
                    let afterOpening = mention.range.lowerBound > sentence.lowerBound && mention.range.lowerBound < subjectStart + 40
                        && article.tokens[mention.range.lowerBound - 1].text == ","
                        && ["at", "in", "on", "when", "after", "as", "with", "by", "before", "since", "for", "during", "from"].contains(article.tokens[subjectStart].lower)
                    guard SpeakerPhrases.isPerson(mention.phrase), mention.range.lowerBound < subjectStart + 16 || afterOpening else { return false }
                    // ("The notice on the gate of Lotus Line Apparel is ...": the object of a preposition is no subject.)
                    if mention.range.lowerBound > sentence.lowerBound,
                        ["of", "in", "at", "on", "for", "from", "with", "by", "to", "about", "near", "into", "over"].contains(article.tokens[mention.range.lowerBound - 1].lower)
                    {
                        return false
                    }
                    // ("The Tamworth-born star, whose 2019 smash Red Dirt Heart spent ...": a name in a relative clause.)
                    if mention.range.lowerBound > subjectStart, (subjectStart..<mention.range.lowerBound).contains(where: { ["whose", "which", "who"].contains(article.tokens[$0].lower) && $0 > sentence.lowerBound && article.tokens[$0 - 1].text == "," }) {
                        return false
                    }
                    var next = mention.range.upperBound
                    if next < sentence.upperBound, article.tokens[next].text == "," { next += 1 }
                    return next < sentence.upperBound && !article.tokens[next].isCapitalized
                        && (article.tokens[next].lower.hasSuffix("ed") || ["was", "is", "has", "had", "will", "would"].contains(article.tokens[next].lower)
                            || ClaimAssembler.oneFormVerbs.contains(article.tokens[next].lower))
                }
            // "Among those ... was Brian Kellock, 63, a retired joiner": a person introduced is who "he" means next.
            func isSubject(_ mention: EntityMentions.Mention) -> Bool { mention.range == subject?.range || mention.introduced }
            var subjectName: String?
            for mention in mentions where mention.range.upperBound <= firstCue {
                let name = resolver.note(mention.phrase, asSubject: isSubject(mention), described: mention.described)
                if mention.range == subject?.range, SpeakerPhrases.isPerson(mention.phrase) { subjectName = name }
            }
            // "The prefect's office rejected ...", "The judge is dealing with ...": a subject the
            // sentence describes rather than names is who "it" or "she" means next.
            // "the Rovers gaffer shrugged", "the former Castleford Rovers midfielder said": a club
            // named to describe a person is not the subject; the description is.
            if let named = subject, case .organisation = named.phrase, Self.describesPerson(named.range, sentence, article.tokens) { subject = nil }
            let described = subject == nil ? Self.describedSubject(from: subjectStart, in: sentence, article) : nil
            if let described, firstCue > subjectStart, let resolved = resolver.resolve(described) { resolver.touchSubject(resolved.name) }
            if let hint = assembler.interviewee, hint.sentence == sentence.lowerBound { interviewee = resolver.resolve(hint.phrase) }
            var speakers: [String] = []
            for candidate in here {
                var phrase = candidate.speaker
                if phrase == .interviewee, let interviewee { phrase = .person(name: interviewee.name, roles: []) }
                if phrase == .previousSubject {
                    guard let previousSubject, previousSubject.paragraph >= article.tokens[sentence.lowerBound].paragraph - 1 else { continue }
                    phrase = previousSubject.phrase
                }
                // "Northwind Renewables has begun ..., the company said": the company is the subject.
                // "Hinode Motor Corp will recall ..., the Yokohama-based carmaker said", "Kvaløy
                // Seafood's profit rose ..., the Bergen-based fish farmer said": what the business is.
                if case .description(let head, let words) = phrase, words.count <= 3, Self.isBusinessNoun(head),
                    let named = subject, named.range.upperBound <= (candidate.cue?.lowerBound ?? 0)
                {
                    switch named.phrase {
                    case .person(let name, let roles) where roles.isEmpty: phrase = .organisation(name)
                    case .organisation(let name): phrase = .organisation(name)
                    default: break
                    }
                }
                if phrase == .subject {
                    // The sentence's subject: its first claim's speaker, or the name it opens with.
                    if let first = speakers.first {
                        phrase = .person(name: first, roles: [])
                    } else if let named = subject ?? mentions.first(where: { $0.range.lowerBound < subjectStart + 8 && !Self.describesPerson($0.range, sentence, article.tokens) }),
                        subject != nil || described == nil || named.range.lowerBound >= subjectStart
                    {
                        phrase = named.phrase
                    } else if let described {
                        phrase = described
                    } else if subjectStart < sentence.upperBound, let gender = AttributionLexicon.pronouns[article.tokens[subjectStart].lower] {
                        // "He smiled, picked up his folder and said: ..."
                        phrase = .pronoun(gender)
                    } else {
                        continue
                    }
                }
                var resolved: ResolvedSpeaker?
                if case .description(let head, _) = phrase, let later = Self.organisationNamedLater(head, &resolver, phrase, organisations, paragraph: article.tokens[sentence.lowerBound].paragraph) {
                    resolved = resolver.resolve(.organisation(later))
                } else {
                    resolved = resolver.resolve(phrase)
                }
                if resolved == nil, case .description(let head, _) = phrase {
                    let paragraph = article.tokens[sentence.lowerBound].paragraph
                    if let later = (paragraph...(paragraph + 2)).lazy.compactMap({ named[$0]?.first { $0.roles.contains(head) } }).first {
                        resolved = resolver.resolve(.person(name: later.name, roles: later.roles))
                    }
                }
                guard let speaker = resolved, let proposal = anchorable(proposal(candidate, speaker: speaker, article), candidate, speaker, article, body, &scalars)
                else { continue }
                // "PYNN: They want to know why ..." from the host of the programme: the interviewer's line.
                if candidate.rule.hasPrefix("interview-answer"), resolver.isInterviewer(speaker.name) { continue }
                if seen.insert(proposal.speaker + "\u{0}" + proposal.text).inserted {
                    proposals.append(proposal)
                }
                speakers.append(speaker.name)
                Self.noteGender(in: candidate, speaker: speaker, article, &resolver)
            }
            next += here.count
            // Only a person (or "he", "she") can be the one a following quotation is by.
            let paragraph = article.tokens[sentence.lowerBound].paragraph
            if let subject, case .person = subject.phrase, subject.range.lowerBound < subjectStart + 6 {
                previousSubject = (subject.phrase, paragraph)
            } else if subjectStart < sentence.upperBound, let gender = AttributionLexicon.pronouns[article.tokens[subjectStart].lower], gender == .male || gender == .female {
                previousSubject = (.pronoun(gender), paragraph)
            } else {
                previousSubject = nil
            }
            for mention in mentions where mention.range.upperBound > firstCue {
                let name = resolver.note(mention.phrase, asSubject: isSubject(mention), described: mention.described)
                if mention.range == subject?.range, SpeakerPhrases.isPerson(mention.phrase) { subjectName = name }
            }
            for name in speakers { resolver.touch(name) }
            // "Ex-Rovers boss Steve Kilbride is the favourite to replace Holt. He told ...": the
            // subject, not the last person named, is who "he" means next.
            if speakers.isEmpty, let subjectName { resolver.touchSubject(subjectName) }
        }
        return (Self.lengthened(proposals, ArticleNames(article, isNarrative: assembler.isNarrative), resolver.known), dateline.credit)
    }

    /// Rules whose quotation is a sentence of its own, so that one word is a claim.
    static let wholeSentenceQuoteRules: Set<String> = ["quote-then-attribution", "continued-quote", "quote-after-reported-speech", "attribution-after-quote"]

    /// Speakers new to the record, named short, given the fullest name the article prints for
    /// them (ArticleNames); a proposal that then repeats another is dropped.
    static func lengthened(_ proposals: [ProposedClaim], _ names: ArticleNames, _ known: KnownSpeakers) -> [ProposedClaim] {
        var seen: Set<String> = []
        return proposals.compactMap { proposal in
            var proposal = proposal
            if proposal.newSpeaker, let full = names.fullest(proposal.speaker) {
                let speaker = known.named(NameFolding.key(full))
                proposal.speaker = speaker?.name ?? full
                proposal.newSpeaker = speaker == nil
            }
            return seen.insert(proposal.speaker + "\u{0}" + proposal.text).inserted ? proposal : nil
        }
    }

    /// A quotation in pieces that QuoteMatcher cannot find again in the body (pieces paired
    /// across stray marks, as only hostile text has them) is proposed as its first piece, so that
    /// every quotation proposed can be anchored when it is applied. Only the proposal's own
    /// stretch of the body is searched: a quotation found there is found in the whole.
    func anchorable(
        _ proposal: ProposedClaim?, _ candidate: Candidate, _ speaker: ResolvedSpeaker, _ article: ArticleTokens, _ text: String,
        _ scalars: inout [Unicode.Scalar]?
    ) -> ProposedClaim? {
        guard let proposal, proposal.kind == .quote, candidate.parts.count > 1 else { return proposal }
        if scalars == nil { scalars = Array(text.unicodeScalars) }
        let body = scalars ?? []
        func stretch(_ claim: ProposedClaim) -> String {
            let lower = max(0, min(claim.start, body.count))
            let upper = max(lower, min(claim.end, body.count))
            return String(String.UnicodeScalarView(body[lower..<upper]))
        }
        guard QuoteMatcher.find(proposal.text, in: stretch(proposal)) == nil else { return proposal }
        var first = candidate
        first.parts = Array(candidate.parts.prefix(1))
        guard let single = self.proposal(first, speaker: speaker, article), QuoteMatcher.find(single.text, in: stretch(single)) != nil else { return nil }
        return single
    }

    /// What a business is called when the article describes it: "the company", "the
    /// carmaker", "the drugmaker", "the fish farmer", "the Kenyan carrier".
    static func isBusinessNoun(_ head: String) -> Bool {
        EntityMentions.organisationNouns.contains(head) || head.hasSuffix("maker") || head.hasSuffix("farmer") && head != "farmer"
            || ["company", "firm", "group", "carrier", "operator", "airline", "farmer", "miner", "lender", "insurer", "retailer", "exporter", "importer", "shipper", "builder", "developer", "consortium", "utility", "chain"].contains(head)
    }

    /// The organisation a description means when the article names it only afterwards: "...,
    /// the mine's operator said." and, a paragraph later, "Minera Sur, majority-owned by ...".
    /// Only when nothing named so far fits (the resolver would make the description a name).
    static func organisationNamedLater(
        _ head: String, _ resolver: inout SpeakerResolver, _ phrase: SpeakerPhrase, _ organisations: [Int: [String]], paragraph: Int
    ) -> String? {
        let businessHeads: Set<String> = ["company", "firm", "group", "carrier", "airline", "operator", "insurer", "lender", "retailer", "manufacturer", "maker", "consortium", "developer", "miner", "producer", "network", "broadcaster"]
        guard businessHeads.contains(head) || AttributionLexicon.organisationHeads.contains(head), !AttributionLexicon.personHeads.contains(head) else { return nil }
        var probe = resolver
        guard let guess = probe.resolve(phrase), !resolver.entities.contains(where: { $0.name == guess.name }) else { return nil }
        for later in paragraph...(paragraph + 2) {
            for name in organisations[later] ?? [] {
                let words = SpeakerResolver.words(name)
                if words.contains(head) || businessHeads.contains(head) && !SpeakerResolver.isPublicBody(name) && !AttributionLexicon.places.contains(name.lowercased()) {
                    return name
                }
            }
        }
        return nil
    }

    /// A claim as proposed: its text as printed, its place in the body, its speaker and date.
    func proposal(_ candidate: Candidate, speaker: ResolvedSpeaker, _ article: ArticleTokens) -> ProposedClaim? {
        guard let first = candidate.parts.first, let last = candidate.parts.last, !first.isEmpty, !last.isEmpty else { return nil }
        var pieces = candidate.parts.map { article.text($0) }
        if candidate.kind == .quote {
            // “We will not,” she said, “give up.” loses its comma; a stop between paragraphs stays.
            pieces = pieces.enumerated().map { index, piece in
                piece.trimmingCharacters(in: index == pieces.count - 1 ? " ,.;:" : " ,;:")
            }
        }
        var text = pieces.joined(separator: " ").trimmingWhitespace()
        // "said that prices rose" loses its "that"; "That is unfair, according to ..." keeps it.
        if candidate.kind == .paraphrase, text.lowercased().hasPrefix("that "), first.lowerBound > candidate.sentence.lowerBound,
            article.tokens[first.lowerBound - 1].isWord
        { text.removeFirst(5) }
        // `would “go ahead,”`: the comma inside the closing mark belongs to the sentence.
        if candidate.kind == .paraphrase, let mark = text.last, ["”", "\"", "’"].contains(mark), [",", "."].contains(text.dropLast().last) {
            text = String(text.dropLast(2)) + String(mark)
        }
        // "... temporary.**": marks of emphasis from converted markup are not words.
        text = text.trimmingCharacters(in: " ,;:*")
        if text.hasSuffix("."), candidate.kind == .paraphrase { text.removeLast() }
        // ("“Never,” he said.": a word in quotation marks that is all the speaker said, not a fragment.)
        guard text.split(separator: " ").count >= 3 || candidate.kind == .quote && (text.split(separator: " ").count >= 2
            || Self.wholeSentenceQuoteRules.contains(candidate.rule) && text.contains(where: { $0.isLetter || $0.isNumber }))
        else { return nil }
        var said: SaidDate?
        var saidPhrase: String?
        if let phrase = candidate.datePhrase, let published, let day = RelativeDate.resolve(phrase, published: published) {
            said = SaidDate(day: day)
            saidPhrase = phrase
        }
        let start = article.tokens[first.lowerBound].start
        let end = article.tokens[last.upperBound - 1].end
        return ProposedClaim(
            speaker: speaker.name, text: text, kind: candidate.kind, said: said, saidPhrase: saidPhrase, via: candidate.via,
            sentence: article.text(candidate.sentence), newSpeaker: !speaker.isKnown, mention: candidate.mention,
            start: start, end: end, sentenceStart: article.tokens[candidate.sentence.lowerBound].start, rule: candidate.rule,
            confidence: candidate.confidence)
    }

    /// "Marsh said she would ..." tells which pronoun fits Marsh.
    static func noteGender(in candidate: Candidate, speaker: ResolvedSpeaker, _ article: ArticleTokens, _ resolver: inout SpeakerResolver) {
        if !speaker.isPerson {
            // "A spokeswoman for the ministry said ..."; then "..., she said" is the ministry again.
            let words = Set(candidate.mention.lowercased().split(separator: " ").map(String.init))
            // ("the mine's largest union, Sindicato Uno, said": what the name's appositive is said to be.)
            let sentence = article.text(candidate.sentence)
            if !candidate.mention.isEmpty, sentence.contains(candidate.mention + ", " + speaker.name) || sentence.contains(candidate.mention + ", the " + speaker.name) {
                resolver.noteDescription(Array(words), of: speaker.name)
            }
            if !words.isDisjoint(with: ["spokeswoman", "spokeswomen"]) { resolver.noteVoice(.female, of: speaker.name) }
            if !words.isDisjoint(with: ["spokesman", "spokesmen"]) { resolver.noteVoice(.male, of: speaker.name) }
            return
        }
        guard candidate.kind == .paraphrase else { return }
        for part in candidate.parts {
            for index in part where article.tokens[index].isWord {
                switch article.tokens[index].lower {
                case "he", "his", "him": resolver.noteGender(.male, of: speaker.name); return
                case "she", "her": resolver.noteGender(.female, of: speaker.name); return
                default: continue
                }
            }
        }
    }
}
