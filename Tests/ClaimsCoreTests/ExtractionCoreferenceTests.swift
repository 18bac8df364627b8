// Extraction, stage 5: who a phrase means (SpeakerResolver), and the names a sentence gives
// (EntityMentions). The helpers `claims` and `speaker(in:)` are in ExtractionStageTests.swift.
@testable import ClaimsCore
import Postgres
import Testing

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

    @Test func aDescriptionIsWhomTheLastSentencesWereAboutAndAPaperIsNoOne() {
        let body = """
            “It was never a penalty,” said Harry Bolt.

            Rovers boss Kenny Doyle backed his keeper to the hilt.

            “He is gutted,” the 54-year-old gaffer told Sportsline Radio.

            Halina Nowak wrote the book in a year. Tygodnik Brzeg called it “a brave debut”. “He is not wrong,” she said.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Harry Bolt", "Kenny Doyle", "Tygodnik Brzeg", "Halina Nowak"])
    }

    @Test func anOrganisationByItsInitialsAndWithItsRelativeClause() {
        let body = """
            The Karoo Institute for Radio Astronomy (KIRA), which runs the array, said the signal repeated.

            According to KIRA, the source has flashed 1,100 times. The dish was fine, his GP said.
            """
        #expect(claims(body) == [
            "Karoo Institute for Radio Astronomy|paraphrase|the signal repeated", "Karoo Institute for Radio Astronomy|paraphrase|the source has flashed 1,100 times",
        ])
    }

    @Test func aGivenNameSaysWhomSheCanMean() {
        let body = "Lindiwe Mokoena sat on the bench for ten years. Hendrik Louw, a former colleague, wrote that she was too cautious. “Hendrik is entitled to his view,” she says."
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Hendrik Louw", "Lindiwe Mokoena"])
        #expect(AttributionLexicon.givenNames["hendrik"] == .male && AttributionLexicon.givenNames["lindiwe"] == .female)
        #expect(AttributionLexicon.givenNames["andrea"] == nil && AttributionLexicon.givenNames["jean"] == nil)
    }

    @Test func patronymicsAPriestsTitleAndATabloidsAgeAreNoPartOfTheName() {
        let body = """
            Senior researcher Yelena Sergeyevna Vorobyova said the ice had retreated.

            Don Paolo Rinaldi said the river came through the church wall.

            Nine-year-old Osian said the field was flooded.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Yelena Sergeyevna Vorobyova", "Paolo Rinaldi", "Osian"])
    }

    @Test func aForumAnSAAndInitialsInAnAppositiveKeepTheirWholeName() {
        let body = """
            The leader of the opposition, K. R. Menon, said the state should ask for help.

            AAP quoted a spokeswoman for the National Grocers’ Forum as saying small shops had been “left out”.

            The campaign group Clean Courts SA said the case was a test of the law.

            Ahead of the verdict, the group said nothing.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["K. R. Menon", "National Grocers’ Forum", "Clean Courts SA"])
    }

    @Test func whatAnOrganisationSaysInARelativeClauseAfterItsNameIsItsOwn() {
        let body = """
            The ruling was a blow to Tembo Rides, which says it has 38,000 drivers in Kenya.

            The Boda Owners Forum, which says it has 9,000 members, called the strike “indefinite”.
            """
        // What the relative clause says is a claim too, as the labelled set has it ("which says it
        // represents about 9,000 vehicles"), and the main verb is another.
        #expect(claims(body) == [
            "Tembo Rides|paraphrase|it has 38,000 drivers in Kenya", "Boda Owners Forum|paraphrase|it has 9,000 members",
            "Boda Owners Forum|paraphrase|called the strike “indefinite”",
        ])
    }

    @Test func aClubThenWhatSomeoneIsThenTheirNameMakesThemTheSubject() {
        let body = """
            HARBOURSIDE United boss Dean Rollason has been axed after a furious row.

            "Eleven years I have given this club," he fumed.

            Harbourside said the matter was now closed.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Dean Rollason", "HARBOURSIDE United"])
    }

    @Test func theOtherWordsOfADescriptionNameWhatThePersonWasIntroducedWith() {
        let body = """
            Millbrook's manager, Stuart Okafor, said the team had run hard. Kyle Brennan had scored twice.

            "He was brilliant today," gushed the Millbrook chief.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Stuart Okafor", "Stuart Okafor"])
    }

    @Test func heIsTheSubjectOfTheSentenceBeforeNotTheLastPersonItNamed() {
        let body = """
            Rovers sacked manager Gareth Holt on Sunday, after he vowed to fight on.

            Ex-Rovers boss Steve Kilbride is the favourite to replace Holt. He told the Courier last month he was "itching" to get back into management.
            """
        #expect(claims(body).last == "Steve Kilbride|paraphrase|he was \"itching\" to get back into management")
    }

    @Test func aClubNamedToDescribeAPersonIsNotTheSpeaker() {
        let body = """
            HARBOURSIDE Rovers boss Gary Tully was sent to the stands on Saturday.

            Speaking to Harbour FM later, the Rovers gaffer shrugged off the threat: "I'll probably get fined."

            Asked about his future, the former Castleford Rovers midfielder shrugged: "That's up to the board."
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Gary Tully", "Gary Tully"])
    }
}
