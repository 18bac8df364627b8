// Each stage of the extraction pipeline on its own: tokens and sentences, quotations, datelines,
// attribution cues, speaker phrases, coreference, reported clauses, and assembly across sentences.
@testable import ClaimsCore
import Postgres
import Testing
import Basics

/// The speaker of the first attribution in `sentence`, as the sentence gives it.
func speaker(in sentence: String, allowPlace: Bool = false) -> SpeakerPhrase? {
    let article = ArticleTokens(sentence)
    let range = 0..<article.tokens.count
    let narrative = { (index: Int) in article.quote(containing: index) == nil }
    guard let attribution = AttributionCues.find(in: range, article, narrative: narrative).first(where: { !$0.speaker.isEmpty }) else { return nil }
    return SpeakerPhrases.classify(attribution.speaker, appositive: attribution.appositive, article, allowPlace: allowPlace)
}

func claims(_ body: String, known: [KnownSpeaker] = [], published: CalendarDate? = CalendarDate(year: 2024, month: 3, day: 6)) -> [String] {
    ClaimExtractor(known: known, published: published).extract(from: body).map { "\($0.speaker)|\($0.kind.rawValue)|\($0.text)" }
}

@Suite struct TokenAndSentenceTests {
    @Test func sentencesEndAtStopsButNotAtAbbreviationsOrInitials() {
        let article = ArticleTokens("Lt. Col. J. Doe met Mr. Smith in the U.S. on Monday. She left. It posted on X. Then it rained.")
        #expect(article.sentences.map { article.text($0) } == [
            "Lt. Col. J. Doe met Mr. Smith in the U.S. on Monday.", "She left.", "It posted on X.", "Then it rained.",
        ])
    }

    @Test func aQuotationOfSeveralSentencesIsOneUnlessItsStopClosesIt() {
        let article = ArticleTokens("“We won. They lost,” he said. She argued that the rules “reward the wrong thing.” He asked for more.")
        #expect(article.sentences.map { article.text($0) } == [
            "“We won. They lost,” he said.", "She argued that the rules “reward the wrong thing.”", "He asked for more.",
        ])
    }

    @Test func apostrophesStayInWordsAndOffsetsCountCodePoints() throws {
        let article = ArticleTokens("Ça va: O’Neill told the Workers’ Federation it’s fine.")
        let words = article.tokens.filter(\.isWord).map(\.text)
        #expect(words == ["Ça", "va", "O’Neill", "told", "the", "Workers’", "Federation", "it’s", "fine"])
        let oneill = try #require(article.tokens.first { $0.text == "O’Neill" })
        #expect(oneill.start == 7 && oneill.end == 14)
        #expect(article.tokens.first { $0.text == "al-Rubaie" } == nil)
        #expect(ArticleTokens("Minister al-Rubaie said").tokens[1].isCapitalized)
    }
}

@Suite struct QuoteScannerTests {
    @Test(arguments: ["“Yes,” she said.", "\"Yes,\" she said.", "«Yes», she said.", "„Yes“, she said.", "‘Yes,’ she said."])
    func everyKindOfMark(_ text: String) throws {
        let article = ArticleTokens(text)
        let quote = try #require(article.quotes.first)
        #expect(article.text(quote.inner).trimmingCharacters(in: ",") == "Yes")
    }

    @Test func aQuotationRunsOnIntoTheNextParagraph() {
        let article = ArticleTokens("“The first part.\n\n“The second part.”\n\nNarration.")
        #expect(article.quotes.count == 2)
        #expect(article.quotes[0].continuesInNext && article.quotes[1].continuesPrevious)
    }

    @Test func apostrophesAreNotQuotationMarks() {
        #expect(ArticleTokens("The ministers’ plan isn’t new, and the Smiths' house is.").quotes.isEmpty)
    }
}

@Suite struct DatelineTests {
    @Test(arguments: [
        ("LONDON, Dec 10 (Reuters) - Prices rose by a third, the bank said.", "Reuters"),
        ("MOSCOW, December 25. /TASS/. Prices rose by a third, the bank said.", "TASS"),
        // A release on a wire: the year, and a double dash.
        ("AARHUS, Denmark, March 4, 2026 /GlobeNordic Newswire/ -- Prices rose by a third, the bank said.", "GlobeNordic Newswire"),
    ])
    func datelinesAreSetAsideWithTheirCredit(_ text: String, _ credit: String) {
        let article = ArticleTokens(text)
        let found = Datelines.find(article)
        #expect(found.credit == credit)
        #expect(!found.tokens.contains(article.tokens.firstIndex { $0.text == "Prices" } ?? -1))
        #expect(claims(text) == ["bank|paraphrase|Prices rose by a third"])
    }

    @Test func bylinesAndLiveBlogTimesAreNeitherSpeakersNorClaims() {
        let text = "By Ana Ruiz\n\n17:55 BST — Talks will resume on Thursday, the union said.\n\n17:20 BST — More rain is due."
        #expect(claims(text) == ["union|paraphrase|Talks will resume on Thursday"])
    }

    @Test(arguments: ["16h30 —", "9.58pm —", "[6:05 a.m.]", "[10:55 a.m.] —", "21:40 EEST -", "11.48pm:"])
    func liveBlogTimesComeInManyForms(_ time: String) {
        #expect(claims("\(time) Ferry crossings will resume at noon, the port authority said.") == ["port authority|paraphrase|Ferry crossings will resume at noon"])
        #expect(claims("\(time) Good evening from Dakar, where Ines Mbaye said the talks were over.") == ["Ines Mbaye|paraphrase|the talks were over"])
    }
}

@Suite struct SpeakerPhraseTests {
    @Test(arguments: [
        "ANKARA said it was ready.", "MOSCOW December said it was ready.", "Islamic State-held towns said it was ready.",
        "Though Russia said it was ready.", "Putin Would Resign If Proven, Says Erdogan.", "Bennett Place said it was ready.",
        "Ankara responded with a naval exercise.", "Analysts say the plan will fail.", "Leaders from 14 West African states are gathering in Dakar.",
    ])
    func placesDatelinesAndOpenersAreNotSpeakers(_ sentence: String) {
        #expect(speaker(in: sentence) == nil)
    }

    @Test(arguments: [
        ("Steve Smith, the company's chief quality officer for North America, said in the statement that it would.", "Steve Smith"),
        ("Operation Inherent Resolve spokesman Col. Steve Warren said the strikes worked.", "Steve Warren"),
        ("Lt. Col. Jane Doe said the strikes worked.", "Jane Doe"),
        ("Lt Col Jane Doe said the strikes worked.", "Jane Doe"),
        ("Governor of the Kurgan Region Yevgeny Tarkhanov said the dam held.", "Yevgeny Tarkhanov"),
        ("Estonia’s defence minister, Kalev Rebane, argued that the rules failed.", "Kalev Rebane"),
        ("Water Resources Minister Hadi al-Rubaie told reporters that flows fell.", "Hadi al-Rubaie"),
        ("His lawyer, Simon Achebe of the firm Lorne & Pryce, said his client would cooperate.", "Simon Achebe"),
        ("Janet Lowe, 67, from Doncaster, who has waited 14 months, said she had given up.", "Janet Lowe"),
        ("Detective Garda Niamh Kerrigan told the court the haul was worth millions.", "Niamh Kerrigan"),
        ("Defence barrister Owen Tully SC told the court his client was sorry.", "Owen Tully"),
        ("Local Independent TD Sorcha Dunne said the sentence was too short.", "Sorcha Dunne"),
        ("Undersecretary Marco Dizon told reporters that 2,000 families had left.", "Marco Dizon"),
        ("Ines Halvorsen, who took over from the firm's founder, Per Lunde, in 2019, said margins had recovered.", "Ines Halvorsen"),
        ("General Director of the state shipping company Nordflot Ivan Petrenko noted that the order book was full.", "Ivan Petrenko"),
        ("Skipper Danny Wells said only that the team had let the fans down.", "Danny Wells"),
    ])
    func namesLoseTheirTitlesAndAppositives(_ sentence: String, _ name: String) throws {
        guard case .person(let found, _)? = speaker(in: sentence) else {
            Issue.record("no person in \(sentence): \(String(describing: speaker(in: sentence)))")
            return
        }
        #expect(found == name)
    }

    @Test(arguments: [
        ("A spokesman for the port authority said ships were waiting.", "port authority"),
        ("The Russian Foreign Ministry's press service said talks were held.", "Russian Foreign Ministry"),
        ("The press service of the Kurgan directorate said the water rose.", "Kurgan directorate"),
        ("Turkey's foreign ministry insisted in a statement that it was drought.", "Turkey's foreign ministry"),
        ("The Northern Maritime Command in Karlskrona said the patrol would grow.", "Northern Maritime Command"),
        ("The Russian embassy in Berlin called the suggestions “baseless”.", "Russian embassy in Berlin"),
        ("Downing Street said the minister kept its confidence.", "Downing Street"),
        ("Police said the road was closed.", "Police"),
        ("A spokeswoman for the Ministry of Trade, Industry and Fisheries said no change was planned.", "Ministry of Trade, Industry and Fisheries"),
        ("Tarn Institute for Marine Research said the survey would resume.", "Tarn Institute for Marine Research"),
        ("An Garda Síochána said the inquiry was active.", "An Garda Síochána"),
        ("The airport operator, LusAero, said 400 flights had been cancelled.", "LusAero"),
        ("Airlines for a Connected Europe, a Brussels-based lobby group, wrote on X that strikes were rising.", "Airlines for a Connected Europe"),
        ("Operator Compañía Minera del Sur, which is controlled by Vantor Resources, said it had never tabled the offer.", "Compañía Minera del Sur"),
        ("According to the Lisbon-based Maritime Narcotics Coordination Centre, seizures have doubled since 2020.", "Maritime Narcotics Coordination Centre"),
    ])
    func organisationsSpeak(_ sentence: String, _ name: String) {
        #expect(speaker(in: sentence) == .organisation(name))
    }

    @Test func aCountrySpeaksOnlyWithAClauseOrQuotationAfterTheVerb() {
        #expect(claims("Iraq said on Monday that Turkey had cut the flow of the river.") == ["Iraq|paraphrase|Turkey had cut the flow of the river"])
        #expect(claims("Ankara responded within hours by summoning the envoy.").isEmpty)
    }

    @Test func descriptionsAndPronounsAreLeftForCoreference() {
        #expect(speaker(in: "The diplomat added that talks would go on.") == .description(head: "diplomat", words: ["diplomat"]))
        #expect(speaker(in: "She added that talks would go on.") == .pronoun(.female))
        #expect(speaker(in: "The Deputy Prime Minister said exports would double.") == .description(head: "minister", words: ["deputy", "prime", "minister"]))
        #expect(speaker(in: "A Brazilian said exports would double.") == nil)
        // "the offer described by the union": a participle, not the union describing.
        #expect(claims("The company rejected the offer described by the union as final.").isEmpty)
        #expect(claims("The Associação de Hoteleiros do Norte, which represents 3,000 hosts, has filed a challenge, arguing that the freeze breaks the law.")
            == ["Associação de Hoteleiros do Norte|paraphrase|the freeze breaks the law"])
    }
}

@Suite struct ReportedClauseTests {
    @Test(arguments: [
        ("Marsh told reporters the plan would go ahead.", "the plan would go ahead"),
        ("Marsh told the Rossiya 1 TV channel on Wednesday that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh said in a statement on Tuesday that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh said at a briefing in Karlskrona, the naval port, that the plan would go ahead.", "the plan would go ahead"),
        ("The plan would go ahead, Marsh said in a statement.", "The plan would go ahead"),
        ("Marsh said, however, that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh expressed confidence that the plan would go ahead.", "the plan would go ahead"),
        ("Pressed for a date, Marsh would say only that the plan would go ahead.", "the plan would go ahead"),
        ("Back in her office, Marsh says she will push the plan ahead.", "she will push the plan ahead"),
        ("Marsh told the Buenos Aires sports daily Tribuna that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh said the plan would go ahead, escalating a dispute that began in May.", "the plan would go ahead"),
        ("Marsh said the plan “would go ahead,” a remark that surprised her party.", "the plan “would go ahead”"),
        ("Marsh said the plan would go ahead, Reuters reported on Tuesday, citing two aides.", "the plan would go ahead"),
        ("Marsh said the talks had failed and had asked both sides to return.", "the talks had failed and had asked both sides to return"),
        ("Marsh said his government would “treat it as aggression”, a pointed reference to the port deal.", "his government would “treat it as aggression”"),
        ("Marsh said by telephone from the border that shells had been landing since Sunday.", "shells had been landing since Sunday"),
        ("Marsh warned the minister in a briefing note that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh had warned ministers as early as 2023 that the plan would go ahead.", "the plan would go ahead"),
        ("Marsh told our correspondent she had pushed the plan ahead.", "she had pushed the plan ahead"),
        ("Marsh told me he'd never seen the plan.", "he'd never seen the plan"),
        ("Marsh expressed the hope that the plan would go ahead.", "the plan would go ahead"),
    ])
    func theReportedWordsStartAfterTheCueAndItsOccasion(_ sentence: String, _ text: String) {
        #expect(claims(sentence) == ["Marsh|paraphrase|\(text)"])
    }

    @Test func whoTheSpeakerIsIsNotWhatTheySaid() {
        // A role before the name, a relative clause, a demonstrative that opens the words.
        #expect(claims("The opposition’s energy spokesman, Hamish Bright, whose seat takes in the port, called the timetable “a fantasy”.")
            == ["Hamish Bright|paraphrase|called the timetable “a fantasy”"])
        #expect(claims("He was pressed by Labour’s spokeswoman, Aroha Ngata, who accused the government of “treating the strait like a line item”.")
            == ["Aroha Ngata|paraphrase|accused the government of “treating the strait like a line item”"])
        #expect(claims("That is unfair, according to Marta Soler, the director of the Barcelona Hotel Guild.") == ["Marta Soler|paraphrase|That is unfair"])
        #expect(claims("The ministry said on Friday it was studying transfers from the Ebro, an idea that has been floated for decades.")
            == ["ministry|paraphrase|it was studying transfers from the Ebro"])
    }

    @Test func whatTheReporterAddsAfterTheWordsIsNotTheirs() {
        #expect(claims("Chantelle Rowntree slammed her ex as a “lying love rat” — just days after he called the split “mutual”.")
            == ["Chantelle Rowntree|paraphrase|slammed her ex as a “lying love rat”"])
        #expect(claims("Richard Alder said Ms Coyle was doing “a brilliant job” amid jeers from the benches.")
            == ["Richard Alder|paraphrase|Ms Coyle was doing “a brilliant job”"])
        // A cue that reports nothing ("has agreed to buy") leaves the sentence to the one after it.
        #expect(claims("Brightwater Pharma has agreed to buy Nordgen for £1.4 billion in cash, the London-listed drugmaker said on Wednesday.")
            == ["Brightwater Pharma|paraphrase|Brightwater Pharma has agreed to buy Nordgen for £1.4 billion in cash"])
        // Someone kept anonymous is no speaker.
        #expect(claims("A firefighter, who asked not to be named, said several residents had refused to leave.").isEmpty)
        #expect(claims("Kvaløy Seafood’s profit rose 38 per cent to 1.9 billion crowns, the Bergen-based fish farmer said.")
            == ["Kvaløy Seafood|paraphrase|Kvaløy Seafood’s profit rose 38 per cent to 1.9 billion crowns"])
        #expect(claims("Havlund Energy (Nasdaq Copenhagen: HAVL) today announced that it had won an order for 64 turbines.")
            == ["Havlund Energy|paraphrase|it had won an order for 64 turbines"])
    }

    @Test func oneSentenceCanHoldSeveralClaims() {
        #expect(claims("Marsh conceded that the review might take months but insisted she expected it to clear her.") == [
            "Marsh|paraphrase|the review might take months", "Marsh|paraphrase|she expected it to clear her",
        ])
        // "said A and that B" is one statement in two clauses (the labelled set's convention).
        #expect(claims("The ministry said the flows were low and that it had invited engineers, adding: “We share what we have.”") == [
            "ministry|paraphrase|the flows were low and that it had invited engineers", "ministry|quote|We share what we have",
        ])
        // An attribution inside the reported clause is part of it; a refusal after it is not.
        #expect(claims("The airline said it had cancelled flights and that the agency had warned pilots, but declined to say how many.") == [
            "airline|paraphrase|it had cancelled flights and that the agency had warned pilots",
        ])
        #expect(claims("Salinas insisted this time would be different.") == ["Salinas|paraphrase|this time would be different"])
        #expect(claims("Marsh said Britain would “regret” its decision, TASS reported.").first == "Marsh|paraphrase|Britain would “regret” its decision")
        #expect(ClaimExtractor(known: [], published: nil).extract(from: "Marsh said Britain would “regret” it, TASS reported.").first?.via == ["TASS"])
    }

    @Test func anAttributionBetweenCommasLeavesTheWordsOnBothSides() {
        #expect(claims("Dr Ana Quinta counted the licences. But the rest, she said, had been homes.")
            == ["Ana Quinta|paraphrase|But the rest had been homes"])
        #expect(claims("Idris Farah said the port was open. The offer, he said, still stands.").map { $0.split(separator: "|")[2] }
            == ["the port was open", "The offer still stands"])
        // A long report before ", the company said," and an aside after it are not one claim.
        #expect(claims("Kestrel Motors is recalling 412,000 vehicles in the United States because their brake lines can corrode, the company said, the latest in a string of problems.")
            == ["Kestrel Motors|paraphrase|Kestrel Motors is recalling 412,000 vehicles in the United States because their brake lines can corrode"])
    }

    @Test func aParticipleOrANewClauseAfterACommaIsAClaimOfItsOwn() {
        #expect(claims("Lin pledged that China would simplify quarantine checks, calling e-commerce “a new engine” of trade.") == [
            "Lin|paraphrase|China would simplify quarantine checks", "Lin|paraphrase|calling e-commerce “a new engine” of trade",
        ])
        #expect(claims("The central bank kept its rate at 10.75% on Wednesday, and Governor Miriam Odu said inflation was falling fast.")
            == ["Miriam Odu|paraphrase|inflation was falling fast"])
    }

    @Test func relayedAttributionNamesTheOutlet() {
        let proposals = ClaimExtractor(known: [], published: nil).extract(from: """
            RIA Novosti quoted Deputy Foreign Minister Yelena Markova as saying the diplomats had broken the rules.

            Reuters reported, citing the British embassy in Moscow, that the three would leave by Friday.

            Gennady Ryabtsev told the Rossiya 1 TV channel that talks were frozen.
            """)
        #expect(proposals.map(\.speaker) == ["Yelena Markova", "British embassy in Moscow", "Gennady Ryabtsev"])
        #expect(proposals.map(\.via) == [["RIA Novosti"], ["Reuters"], ["Rossiya 1 TV channel"]])
        let cited = ClaimExtractor(known: [], published: nil).extract(from: "Maria Lemus spoke first.\n\nThe ministry has set aside $45 million, Reuters reported, citing its budget director, Andrés Pizarro.")
        #expect(cited.last.map { [$0.speaker, $0.text] } == ["Andrés Pizarro", "The ministry has set aside $45 million"])
    }

    @Test func quotedFragmentsAreParaphrasesThatKeepTheVerbAndNoProposalStartsWithStrayWords() {
        #expect(claims("Vidal called the plan a “stab in the back” on Tuesday.") == ["Vidal|paraphrase|called the plan a “stab in the back” on Tuesday"])
        #expect(claims("Vidal described the plan as a turning point.").isEmpty)
        let texts = claims("The ministry said in a statement that prices rose. Its chief said on Tuesday its staff were ready.").map { $0.split(separator: "|")[2] }
        #expect(texts.allSatisfy { !$0.hasPrefix("in a statement") && !$0.hasPrefix("Tuesday") })
    }
}
