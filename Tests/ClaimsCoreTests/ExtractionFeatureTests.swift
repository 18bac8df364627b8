// Extraction: the shapes of a feature story, where the person is set in a scene before they
// speak (a person introduced with "named" or "Her name is", a name after an opening phrase and its
// comma, behind a dateline too, "According to X, a clause, and a clause"), a tabloid's opening
// ("HARBOURSIDE United goalie Dean Rollason has ...") and a live blog's post quoted with no verb
// ("Prime Minister X on X: “...”"). The helper `claims` is in ExtractionStageTests.swift.
@testable import ClaimsCore
import Testing

@Suite struct ExtractionFeatureTests {
    @Test func aPersonIntroducedWithNamedIsWhoHeMeansNext() {
        let body = """
            The corridor outside the emergency department of the county hospital holds twenty-three trolleys, and on the one nearest the fire door an 84-year-old former ferryman named Tomás Eiriksson is trying to sleep.

            “Nobody here is lazy,” he said, nodding at a porter. “There are just not enough of them.”
            """
        #expect(claims(body) == [
            "Tomás Eiriksson|quote|Nobody here is lazy",
            "Tomás Eiriksson|quote|There are just not enough of them",
        ])
    }

    @Test func aNameAfterAnOpeningPhraseAndADatelineIsTheSubject() {
        let body = """
            VELMORE, Norway — At ten past five on a February morning, with snow drifting across the road, Sunniva Haldorsen went into labour in a taxi.

            “I remember the wipers,” she said, sitting by the stove. “Nothing else.”
            """
        #expect(claims(body) == [
            "Sunniva Haldorsen|quote|I remember the wipers",
            "Sunniva Haldorsen|quote|Nothing else",
        ])
    }

    @Test func herNameIsNamesWhoTheDescriptionMeant() {
        // Before the name: "says the woman", then "Her name is ...".
        let before = """
            “I kept the cracked tiles for the inspectors,” says the woman, a retired nurse who has lived above the gas field for forty years.

            Her name is Femke Oostveen, and her claim is still open.
            """
        #expect(claims(before) == ["Femke Oostveen|quote|I kept the cracked tiles for the inspectors"])
        // After it: "she" in the next paragraph.
        let after = """
            The woman who knows the glacier best is not from the valley. Her name is Ottilie Brandauer, and she is blunt.

            “It will give way,” she said. “We only do not know when.”
            """
        #expect(claims(after) == ["Ottilie Brandauer|quote|It will give way", "Ottilie Brandauer|quote|We only do not know when"])
    }

    @Test func accordingToSomeoneThenTwoClausesIsOneClaim() {
        #expect(claims("Ottilie Brandauer runs the survey. According to Brandauer, the lake rose by two metres in May alone, and the wall has been moving.") == [
            "Ottilie Brandauer|paraphrase|the lake rose by two metres in May alone, and the wall has been moving",
        ])
        // What the speaker is, between commas, is still passed over.
        #expect(claims("According to Jonas Lund, the bank's head of lending, the loan was approved.") == [
            "Jonas Lund|paraphrase|the loan was approved",
        ])
    }

    @Test func aClubThenWhatThePersonIsThenTheirNameOpensATabloidStory() {
        let body = """
            KINGSBRIDGE Athletic striker Callum Ferris has launched a furious attack on his manager after being dropped — calling him "gutless" and "a fraud".

            "Nine years I've given this club," he fumed.
            """
        #expect(claims(body) == [
            "Callum Ferris|paraphrase|calling him \"gutless\" and \"a fraud\"",
            "Callum Ferris|quote|Nine years I've given this club",
        ])
    }

    @Test func aPostQuotedWithNoVerbIsByWhoeverItIsOn() {
        let body = """
            16:15 – Prime Minister Maren Solvik on X: "We will not be intimidated. Those responsible will be found."

            19:20 — A message from the minister for civil protection, Petros Alexiou, on Telegram: "Do not go back for belongings."

            19:40 — The ferry company on Facebook: "All sailings are cancelled tonight."
            """
        #expect(claims(body) == [
            "Maren Solvik|quote|We will not be intimidated. Those responsible will be found",
            "Petros Alexiou|quote|Do not go back for belongings",
            "ferry company|quote|All sailings are cancelled tonight",
        ])
    }

    @Test func aProgrammeNamedBeforeTheSubjectIsNotWhoSheIs() {
        let body = """
            Ireland will oppose the deal, the Minister for Agriculture, Orla Keaveney, has said.

            Speaking on Morning Edition today, she said the government would not be rushed.

            Sanduni Perera sewed collars at the factory for six years. Lotus Line Apparel employed about 3,000 people there.

            “My mother will worry,” she said.
            """
        #expect(claims(body) == [
            "Orla Keaveney|paraphrase|Ireland will oppose the deal",
            "Orla Keaveney|paraphrase|the government would not be rushed",
            "Sanduni Perera|quote|My mother will worry",
        ])
    }

    /// "Her department said", "His ministry said": the office a pronoun owns speaks (the opener
    /// "Her" is no longer dropped from before it); "her lawyer" is still nobody the rule names.
    @Test func anOfficeOwnedByAPronounSpeaks() {
        let body = """
            Communications Minister Aoife Brennan defended the broadband plan on Tuesday.

            Her department said in a statement that milestone payments had been paused.

            Her lawyer said the contract would be published in full.
            """
        #expect(claims(body).first == "department|paraphrase|milestone payments had been paused")
        #expect(!claims(body).contains { $0.hasSuffix("the contract would be published in full") && $0.hasPrefix("lawyer") })
        #expect(speaker(in: "His ministry said that payments had been paused.") == .description(head: "ministry", words: ["ministry"]))
        // A document is not an office: "according to its statement" is the subject's.
        #expect(!SpeakerPhrases.isPossessedOffice(ArticleTokens("its statement").tokens.filter(\.isWord)))
    }

    /// "Her union, the Irish Midwives and Nurses Guild, said": the appositive names the
    /// organisation, after its "the" and with its small words.
    @Test func anAppositiveWithTheAndSmallWordsNamesTheOrganisation() {
        let body = """
            Her union, the Irish Midwives and Nurses Guild, said on Wednesday that it would ballot members on industrial action.
            """
        #expect(claims(body) == ["Irish Midwives and Nurses Guild|paraphrase|it would ballot members on industrial action"])
    }

    /// "Channel Pitch is reporting that", "the union has been saying that": a progressive tense
    /// reports too, its speaker before the auxiliary; "what he is saying is" reports nothing.
    @Test func aProgressiveTenseReports() {
        #expect(claims("Broadcaster Channel Pitch is reporting that the striker has landed at the airport.")
            == ["Channel Pitch|paraphrase|the striker has landed at the airport"])
        #expect(claims("The union has been saying that the strike will go ahead.") == ["union|paraphrase|the strike will go ahead"])
        #expect(claims("What he is saying is that the plan is late.").isEmpty)
    }

    /// "X declined to be interviewed but said": the subject, before the verb that declined.
    @Test func aSubjectWhoDeclinedButSaidSpeaks() {
        #expect(claims("Councillor Huw Baskerville declined to be interviewed but said in a statement that no decision had been taken.")
            == ["Huw Baskerville|paraphrase|no decision had been taken"])
    }

    /// An irregular past tense ("leapt") makes the person named before it the subject, whom a
    /// description ("the 29-year-old") means next.
    @Test func anIrregularPastTenseMakesItsSubjectTheOneDescribedNext() {
        let body = """
            Neighbour Maureen Pike said the parties went on until 3am.

            But his fiancée, influencer Tahlia Reeves, leapt to his defence.

            “He is the kindest man on this street,” the 29-year-old said.
            """
        #expect(claims(body).last == "Tahlia Reeves|quote|He is the kindest man on this street")
    }

    /// "Safiri, which says it has 38,000 drivers, said it would appeal": the relative clause is a
    /// claim of the name before "which", and the main verb another; "who asked not to be named"
    /// says nothing, and "according to X, which said" is X's once.
    @Test func aRelativeClauseOfANameIsItsClaimAndTheMainVerbAnother() {
        #expect(claims("Safiri, which says it has about 38,000 active drivers in Kenya, said it would appeal.") == [
            "Safiri|paraphrase|it has about 38,000 active drivers in Kenya", "Safiri|paraphrase|it would appeal",
        ])
        #expect(claims("In the United States, the Kestrel Owners Club, which says it has 14,000 members, wrote on X that owners had been waiting.") == [
            "Kestrel Owners Club|paraphrase|it has 14,000 members", "Kestrel Owners Club|paraphrase|owners had been waiting",
        ])
        #expect(!claims("A government official, who asked not to be named, said the talks had stalled.").contains { $0.contains("not to be named") })
        #expect(claims("The recall will cost around 18 billion yen, according to Hoshikawa, which said it did not expect to revise its forecast.")
            .contains("Hoshikawa|paraphrase|it did not expect to revise its forecast"))
    }
}

