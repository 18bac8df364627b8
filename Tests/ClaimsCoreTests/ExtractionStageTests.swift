// Each stage of the extraction pipeline on its own: tokens and sentences, quotations, datelines,
// attribution cues, speaker phrases, coreference, reported clauses, and assembly across sentences.
@testable import ClaimsCore
import Postgres
import Testing

/// The speaker of the first attribution in `sentence`, as the sentence gives it.
private func speaker(in sentence: String, allowPlace: Bool = false) -> SpeakerPhrase? {
    let article = ArticleTokens(sentence)
    let range = 0..<article.tokens.count
    let narrative = { (index: Int) in article.quote(containing: index) == nil }
    guard let attribution = AttributionCues.find(in: range, article, narrative: narrative).first(where: { !$0.speaker.isEmpty }) else { return nil }
    return SpeakerPhrases.classify(attribution.speaker, appositive: attribution.appositive, article, allowPlace: allowPlace)
}

private func claims(_ body: String, known: [KnownSpeaker] = [], published: CalendarDate? = CalendarDate(year: 2024, month: 3, day: 6)) -> [String] {
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

@Suite struct CoreferenceTests {
    @Test func pronounsAndDescriptionsGoBackToTheLastCompatibleSpeakerNotTheNearestName() {
        let body = """
            Kremlin spokesman Dmitry Peskov said the border would stay open.

            Turkey said on Monday that it would take the dispute to the United Nations.

            The spokesman added that Moscow would not retaliate. He said the talks had stalled.
            """
        #expect(claims(body) == [
            "Dmitry Peskov|paraphrase|the border would stay open", "Turkey|paraphrase|it would take the dispute to the United Nations",
            "Dmitry Peskov|paraphrase|Moscow would not retaliate", "Dmitry Peskov|paraphrase|the talks had stalled",
        ])
    }

    @Test func aNameMentionedInNarrationIsWhomTheNextPronounMeans() {
        // "Mr Casals" in narration, after Luis Marín spoke: "he" is Casals.
        let body = """
            “The orchard is dying,” Jordi Casals said.

            Aragon’s president, Luis Marín, wrote on X that the river was “not a tap”.

            Back in the orchard, Mr Casals has stopped watering half his trees.

            “My father lived through the drought of ’49,” he said.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Jordi Casals", "Luis Marín", "Jordi Casals"])
        // A title before a surname is a mention too, and "Union president" is no organisation.
        let union = """
            Minera Sur said in a statement that it had a plan.

            Union president Jorge Salinas was defiant. “They made billions on our backs,” he told reporters.
            """
        #expect(claims(union).last?.hasPrefix("Jorge Salinas|quote|") == true)
    }

    @Test func whatATabloidCallsSomeoneNamedBeforeIsThatPerson() {
        let body = """
            Ron Pickering, 71, was disqualified from the show.

            Furious Ron blasted the decision as “a stitch-up”.

            Rory Calloway closed his restaurant on Monday. Red-faced Calloway said building work next door was to blame.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Ron Pickering", "Rory Calloway"])
        #expect(claims("“We are against the turbines,” Dean Calloway said.") == ["Dean Calloway|quote|We are against the turbines"])
    }

    @Test func theCompanyInQuestionAndItsStatementAreTheCompany() {
        let body = """
            The company in question, Southerly Offshore Energy, says the project would power 400,000 homes.

            A spokeswoman for the consortium said it expected to lodge its application in June.

            The recall covers 2022 models, according to a statement posted on the company’s website.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Southerly Offshore Energy", "Southerly Offshore Energy", "Southerly Offshore Energy"])
        #expect(claims("A spokeswoman for supermarket chain Grocer's Pride said its stores sold no marrows that size.").first?.hasPrefix("Grocer's Pride|") == true)
    }

    @Test func aDescriptionBeforeTheNameIsTheOrganisationNamedNext() {
        let body = """
            Output at the copper mine stopped on Wednesday as workers extended a strike, the mine's operator said.

            Minera Cerro Ancho said in a statement that it had activated a contingency plan.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Minera Cerro Ancho", "Minera Cerro Ancho"])
        // "Ministry of Foreign Affairs and Trade": a department's words after "of" are its name.
        #expect(claims("Hungary's Ministry of Foreign Affairs and Trade said it had been told in advance.\n\nThe ministry added that the aid stood.")
            .map { $0.split(separator: "|")[0] } == ["Hungary's Ministry of Foreign Affairs and Trade", "Hungary's Ministry of Foreign Affairs and Trade"])
    }

    @Test func aQuotationAfterASentenceAboutSomeoneIsTheirs() {
        // "Mrs Marchetti" is Josiane (her given name says so), not Bernard; the quotation after
        // the sentence about her, in the same paragraph, is hers.
        let body = """
            Bernard Marchetti said the road had been closed since noon. Josiane Marchetti said the fire came quickly.

            Asked when she expected to go home, Mrs Marchetti shrugged. “When they tell us. Maybe tomorrow.”
            """
        #expect(claims(body).last == "Josiane Marchetti|quote|When they tell us. Maybe tomorrow")
        // Not across paragraphs, and not after a sentence about nobody in particular.
        #expect(claims("Ms Fabra was unapologetic.\n\n“We warned for years.”").isEmpty)
        #expect(claims("The fire spread overnight. “It came so fast.”").isEmpty)
    }

    @Test func shortSurnamesAndAbbreviatedTitlesAreNames() {
        #expect(claims("Li Wenbo runs the centre. “What we bring from China,” Li said, “is a question.”").last == "Li Wenbo|quote|What we bring from China is a question")
        #expect(claims("“One good month does not make a recovery,” said Dr. Rania Soliman, a professor at Alexandria University.")
            == ["Rania Soliman|quote|One good month does not make a recovery"])
    }

    @Test func knownSpeakersAreFoundByAliasSurnameAndRole() {
        let known = [KnownSpeaker(name: "Yevgeny Tarkhanov", aliases: ["Tarkhanov", "the governor"], role: "Governor of the Kurgan Region")]
        let body = "Tarkhanov said the dam held.\n\nThe governor said payments would begin this week."
        let proposals = ClaimExtractor(known: known, published: nil).extract(from: body)
        #expect(proposals.map(\.speaker) == ["Yevgeny Tarkhanov", "Yevgeny Tarkhanov"])
        #expect(proposals.allSatisfy { !$0.newSpeaker })
        #expect(proposals.map(\.mention) == ["Tarkhanov", "The governor"])
    }

    @Test func anOrganisationIsFoundByWhatItIsAndByWhoSpokeForIt() {
        #expect(claims("Tshwane Water, the city-owned utility, said repairs were under way.\n\nSupply would return on Friday, the utility said.")
            .map { $0.split(separator: "|")[0] } == ["Tshwane Water", "Tshwane Water"])
        #expect(claims("A spokeswoman for the Ministry of Labour said 300 inspections were made.\n\nThe ministry would “study the report”, she said.")
            .map { $0.split(separator: "|")[0] } == ["Ministry of Labour", "Ministry of Labour"])
        // One word that nobody has had before is an organisation, and "the company" is it.
        #expect(claims("Velozpack said in a statement it would appeal.\n\nThe ruling “would end the service”, the company said.")
            .map { $0.split(separator: "|")[0] } == ["Velozpack", "Velozpack"])
        #expect(claims("Club Deportivo Ribera president Anselmo Rota said the vote was fair.\n\nOn Sunday, the club said 12,000 members had voted.")
            .map { $0.split(separator: "|")[0] } == ["Anselmo Rota", "Club Deportivo Ribera"])
        // An office named in lower case is found again by its last word, with its whole name.
        #expect(claims("The summit secretariat published the text at noon.\n\nAccording to the secretariat, twelve states will link their grids by 2032.")
            == ["summit secretariat|paraphrase|twelve states will link their grids by 2032"])
        #expect(claims("The head of the directorate met the press.\n\nThe directorate said the water was falling.")
            == ["directorate|paraphrase|the water was falling"])
        let frischmarkt = "Frischmarkt, the Austrian grocery group, which buys apples from the valley, said it would talk to growers."
        #expect(claims(frischmarkt) == ["Frischmarkt|paraphrase|it would talk to growers"])
    }

    @Test func heAndSheMeanWhoTheSentenceIsAboutNotTheProgrammeTheyWereOn() {
        let body = [
            "Dr Ffion Rees led the trial. Speaking to BBC Radio Wales on Wednesday, she said the test cost £40.",
            "Speaking on HTV's Newsnight on Monday, the utility's managing director, Themba Nkosi, apologised to customers. He said cable theft had damaged the station.",
            "Among those treated was Owen Price, 58, a retired baker. He said he had felt completely fine.",
        ].joined(separator: "\n\n")
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Ffion Rees", "Themba Nkosi", "Owen Price"])
    }

    @Test func theSubjectOfTheSentenceSpeaksThroughAChainOfVerbs() {
        let body = [
            "As the hall emptied, Mr Tomas Okafor was asked whether he would run again. He smiled, picked up his folder and said: “Ask me in June.”",
            "Danish wind turbine maker Vestgaard Energy cut its forecast on Tuesday and said it would close a plant in Esbjerg.",
        ].joined(separator: "\n\n")
        #expect(claims(body) == ["Tomas Okafor|quote|Ask me in June", "Vestgaard Energy|paraphrase|it would close a plant in Esbjerg"])
    }

    @Test func howSomethingWasSaidReportsOnlyTheQuotationBesideIt() {
        #expect(claims("Tanker driver Pieter Vos fixed the pump. “You learn everybody’s business here,” he laughed.") == ["Pieter Vos|quote|You learn everybody’s business here"])
        #expect(claims("Pieter Vos laughed at the idea that the tanker would be fixed by Friday.").isEmpty)
        #expect(claims("Queens Councilman Joe Marr was asked about the trip. “I owe you nothing,” he snapped.") == ["Joe Marr|quote|I owe you nothing"])
        #expect(claims("But Marr's Instagram told a different story, with photographs of jet skis.").isEmpty)
    }

    @Test func aTabloidsDescriptionsAndScenesStillFindTheSpeaker() {
        let body = [
            "Kelly Brand, 34, was eating with her children. “It ran right over my plate,” the mum-of-two told the Beacon.",
            "Bernie Kane waited for the verdict. Outside court she fumed: “Fourteen years is nothing.”",
            "POP star Jaz Corley has quit the show — and last night she blasted a judge as “a dinosaur”.",
            "Presenter Euan Kerr took calls. Morag, a crofter from Lairg, was less sure. “I have heard that promise before,” she said.",
        ].joined(separator: "\n\n")
        #expect(claims(body) == [
            "Kelly Brand|quote|It ran right over my plate", "Bernie Kane|quote|Fourteen years is nothing",
            "Jaz Corley|paraphrase|blasted a judge as “a dinosaur”", "Morag|quote|I have heard that promise before",
        ])
    }

    @Test func aDescriptionBeforeTheNameFindsTheNameInTheNextParagraphs() {
        let body = "The museum's director said on Thursday that six statues would return.\n\nMuseum director Claire Dumont said the first would fly home in May."
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Claire Dumont", "Claire Dumont"])
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

@Suite struct AssemblyTests {
    @Test func splitAndRunOnQuotationsAreOneClaim() {
        #expect(claims("“We will not,” Helen Marsh said, “give up.”") == ["Helen Marsh|quote|We will not give up"])
        let body = "Alan Pryce, the agency's manager, said:\n\n“Luck had little to do with it.\n\n“The pumps ran all night.”"
        #expect(claims(body) == ["Alan Pryce|quote|Luck had little to do with it. The pumps ran all night"])
    }

    @Test func aQuotationTakesItsSpeakerFromTheNextSentenceOrParagraph() {
        #expect(claims("“Both sides are still at the table.”\n\nErsoy told reporters that during a short break.") == ["Ersoy|quote|Both sides are still at the table"])
        #expect(claims("Marek Lis spoke first. “The town is cut off,” he told reporters. “Boats are out.”") == [
            "Marek Lis|quote|The town is cut off", "Marek Lis|quote|Boats are out",
        ])
    }

    @Test func questionsAreNotClaims() {
        #expect(claims("Asked whether the army would be deployed, the prime minister said nothing.").allSatisfy { !$0.contains("Asked") })
        #expect(claims("“Did anyone know?” asked Rosalind Tebbit, the chair.").isEmpty)
    }

    @Test func anInterviewPrintedWithoutLabelsIsQuestionsAndTheIntervieweesAnswers() {
        let body = [
            "Marta Lindqvist, who runs the harbour pilots' office, agreed to answer questions at her desk in Gävle.",
            "Why were the pilots late?", "We had two ships asking at once. I chose the tanker.", "It was the right call, and I would make it again.",
            "Will you resign?", "No. The board has my answer.",
            "After the interview, the port authority said in a statement that a review would begin in May.",
        ].joined(separator: "\n\n")
        #expect(claims(body) == [
            "Marta Lindqvist|quote|We had two ships asking at once. I chose the tanker", "Marta Lindqvist|quote|It was the right call, and I would make it again",
            "Marta Lindqvist|quote|No. The board has my answer", "port authority|paraphrase|a review would begin in May",
        ])
        // One question is not an interview: a reporter's rhetorical question stays narration.
        #expect(claims("Why did the pilots come late?\n\nNobody at the port would say.").isEmpty)
    }

    @Test func anInterviewsQuestionsInBoldAndItsAnswersThatReportOthers() {
        // Questions printed in bold, one of them a statement put to her; an answer that quotes
        // a few words or reports someone ("when the board says") is still hers.
        let body = [
            "Halina Wróblewska spoke to the Review in her office.",
            "**Why can't you hire anaesthetists?**", "Because Germany pays three times as much.",
            "**The minister says the closure is temporary.**", "I would be happy if he were right. But “temporary” is a word I have heard before.",
            "**When will the ward reopen?**", "When the board says it can, and not a day before.",
        ].joined(separator: "\n\n")
        #expect(claims(body) == [
            "Halina Wróblewska|quote|Because Germany pays three times as much",
            "Halina Wróblewska|quote|I would be happy if he were right. But “temporary” is a word I have heard before",
            "Halina Wróblewska|quote|When the board says it can, and not a day before",
        ])
    }

    @Test func aTranscriptsLabelsGiveParagraphsToGuestsAndThePresentersLinesAreNarration() {
        let body = [
            "NINA HALE, PRESENTER: Good morning. The state emergency service says the river is expected to peak at noon.",
            "TOM BAIRD, REPORTER: Nina, the water is already over the kerb here.",
            "MARK DELANEY, SES DEPUTY COMMISSIONER: It's going to be a very difficult day.",
            "And I'd say this to anyone riding it out: don't.",
            "HALE: The premier, Daniel Foster, told a news conference that disaster payments would open at midday.",
            "DANIEL FOSTER, NSW PREMIER (recording): We will not let Lismore go through this alone again.",
        ].joined(separator: "\n\n")
        #expect(claims(body) == [
            "state emergency service|paraphrase|the river is expected to peak at noon",
            "Mark Delaney|quote|It's going to be a very difficult day", "Mark Delaney|quote|And I'd say this to anyone riding it out: don't",
            "Daniel Foster|paraphrase|disaster payments would open at midday", "Daniel Foster|quote|We will not let Lismore go through this alone again",
        ])
        // The one who opens the programme, and asks, is its presenter even without a role.
        let unmarked = [
            "NIAMH CORRIGAN: Good morning. Storm Orla is expected to make landfall tonight.",
            "DECLAN FUREY: It's a serious storm, and I won't dress it up.", "CORRIGAN: And inland?", "FUREY: Less severe, but still gusts of 90.",
        ].joined(separator: "\n\n")
        #expect(claims(unmarked).map { $0.split(separator: "|")[0] } == ["Declan Furey", "Declan Furey"])
    }

    @Test func lettersWithAStopAndTheProgrammesOwnPeopleByWhatTheySay() {
        let lettered = [
            "Valeria Inostroza spoke to the Observer at the observatory.",
            "Q. How bright is the sky here now?", "A. Brighter every year, and the mine is the main cause.",
            "Q. Is it the only cause?", "A. No, and I want to be fair about that.",
        ].joined(separator: "\n\n")
        #expect(claims(lettered).map { $0.split(separator: "|")[0] } == ["Valeria Inostroza", "Valeria Inostroza"])
        // "Thanks, Laura." and "With me now is ..." are the programme's; what they report is narration.
        let transcript = [
            "LAURA PUIG: The water agency has cut allocations by half.",
            "PAU RIBAS: Thanks, Laura. The regional government says farmers will be compensated, but it has not yet put a figure on that.",
            "MONTSERRAT VILARÓ: We had no choice. The reservoirs are at a fifth of their capacity.",
            "LAURA PUIG: Is there any more water to give?",
        ].joined(separator: "\n\n")
        #expect(claims(transcript) == [
            "regional government|paraphrase|farmers will be compensated",
            "Montserrat Vilaró|quote|We had no choice. The reservoirs are at a fifth of their capacity",
        ])
    }

    @Test func titlesWithPlacesInitialsAndWhatTheBlastWasAfter() {
        #expect(claims("Ambassador of Japan to Mongolia Hiroshi Tanabe said the hospital would open in May.")
            == ["Hiroshi Tanabe|paraphrase|the hospital would open in May"])
        #expect(claims("Deputy Minister Batbayar Ganzorig said cargo rose by a fifth.\n\nDeputy Minister B. Ganzorig added that the corridor would grow.")
            .map { $0.split(separator: "|")[0] } == ["Batbayar Ganzorig", "Batbayar Ganzorig"])
        #expect(claims("Danny Pryce blasted his boss as a “coward” after being axed for the cup clash.")
            == ["Danny Pryce|paraphrase|blasted his boss as a “coward”"])
    }

    @Test func anOccasionBetweenCommasAndADeedAnnounced() {
        #expect(claims("Nino Kapanadze told the hall, in a short speech, that she had loved every one of them.")
            == ["Nino Kapanadze|paraphrase|she had loved every one of them"])
        // News of a deed is no claim; what someone announced would happen is.
        #expect(claims("Halina Wróblewska announced the closure in a letter to staff last month.").isEmpty)
        #expect(claims("Halina Wróblewska announced it would close the ward in June.") == ["Halina Wróblewska|paraphrase|it would close the ward in June"])
        #expect(claims("Great-grandmother Edna Rowley, 91, chased the burglar out.\n\n“I just saw red,” Great-grandmother Edna Rowley said.")
            == ["Edna Rowley|quote|I just saw red"])
    }

    @Test func whomAnInterviewIsWithWhenTheReporterMetThem() {
        let body = [
            "Chidinma Ezeh's third novel was shortlisted this month. Her agent, Rachel Ombima, told the Review that publishers were queueing.",
            "We met in Lagos, where Ezeh now lives, the day before she left for a reading tour.",
            "Q: Why start with an argument over a price?", "A: Because that's how you meet people in Onitsha.",
            "Q: How much of the book is your mother?", "A: Less than she thinks and more than I'll admit.",
        ].joined(separator: "\n\n")
        #expect(claims(body).filter { $0.contains("|quote|") }.map { $0.split(separator: "|")[0] } == ["Chidinma Ezeh", "Chidinma Ezeh"])
    }

    @Test func aCouncilSpokeswomanIsTheCouncilAndACorrespondentReportsFromAPlace() {
        let body = "West Wold District Council said it had received complaints.\n\nA council spokeswoman added: “We will be speaking to the owner.”"
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["West Wold District Council", "West Wold District Council"])
        #expect(claims("Our correspondent Lena Hoffmann reports from Frankfurt's main station, where the board is almost entirely red.").isEmpty)
    }

    @Test func whatAnOutletReportsSomeoneToldOthersIsTheirsThroughTheOutlet() {
        let proposals = ClaimExtractor(known: [], published: nil).extract(
            from: "The Lisbon daily Jornal da Manhã reported that the secretary of state, Duarte Sequeira, had told directors that five units could close.")
        #expect(proposals.map { "\($0.speaker)|\($0.text)|\($0.via)" } == ["Duarte Sequeira|five units could close|[\"Jornal da Manhã\"]"])
    }

    @Test func theHostsLinesAreQuestionsPutNotClaims() {
        let body = [
            "Host Gord Pyne put it to the minister that harvesters had already bought bait.",
            "PYNE: They want to know why nobody asked them first.",
            "THIBAULT: Because the science came in late, and it was clear.",
        ].joined(separator: "\n\n")
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Thibault"])
    }

    @Test func interviewAnswersBelongToTheIntervieweeAndQuestionsToNobody() {
        let body = """
            Katarzyna Wolna, the port's chief executive, spoke to the Courier in her office.

            Q: Who is winning this strike?

            A: Nobody. The ships are waiting outside.

            The sidings are not a bargaining chip.

            Q: Will you meet the union?

            WOLNA: Tomorrow, if the blockade is lifted.
            """
        #expect(claims(body) == [
            "Katarzyna Wolna|quote|Nobody. The ships are waiting outside", "Katarzyna Wolna|quote|The sidings are not a bargaining chip",
            "Katarzyna Wolna|quote|Tomorrow, if the blockade is lifted",
        ])
    }

    @Test func offsetsRuleAndConfidenceComeWithEachProposal() throws {
        let body = "Intro line.\n\n“Prices will rise,” Helen Marsh said."
        let proposal = try #require(ClaimExtractor(known: [], published: nil).extract(from: body).first)
        let scalars = Array(body.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[proposal.start..<proposal.end])) == "Prices will rise,")
        #expect(proposal.rule == "quote-then-attribution")
        #expect(proposal.confidence > 0.5 && proposal.confidence <= 1)
        #expect(proposal.mention == "Helen Marsh")
    }
}

@Suite struct HostileExtractionTests {
    /// Shapes a review found could index past the end or build a reversed range.
    @Test(arguments: [
        "\n\nMarsh said prices rose.", "\u{2003}\n\nMarsh said prices rose.", "Marsh said that", "Marsh said prices rose and that",
        "Marsh said the cost was high, a", "Yes, according to Ann “Dozer” Briggs said prices rose.", "“", "said", ", saying",
        "A: ", "Q:\n\nA:", "“a,” she said, “", "According to", "RIA Novosti quoted", "17:55 BST —", "exports to the U.S. The ministry said it was fine.",
    ])
    func oddShapesGiveNoTrap(_ text: String) {
        for proposal in ClaimExtractor(known: [], published: nil).extract(from: text) {
            #expect(proposal.start <= proposal.end && proposal.end <= text.unicodeScalars.count)
        }
    }

    @Test func aLongArticleOfQuotationsStaysLinear() {
        // 20,000 one-sentence quotations: lookups by token, not scans of every quotation.
        let body = String(repeating: "“Prices will rise,” Marsh said.\n\n", count: 20_000)
        let proposals = ClaimExtractor(known: [], published: nil).extract(from: body)
        #expect(proposals.count == 1)  // the same claim, proposed once
    }
}
