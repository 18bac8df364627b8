// Extraction: who speaks when the name and what it is come in other orders: a name printed in
// passing before the short form speaks (ArticleNames), a description whose appositive is the
// name ("India's space regulator, the National ... Centre,"), a role between a name and a
// relative clause, a possessive before a described person, a name after an opening phrase, a
// plural "states" after place names, and "he" of a person the sentence before named in passing.
// The helper `claims` is in ExtractionStageTests.swift.
@testable import ClaimsCore
import Testing

@Suite struct ExtractionNameShapeTests {
    // MARK: The fullest name the article prints (ArticleNames)

    @Test func aNameInPassingLengthensTheShortFormThatSpeaksLater() {
        let body = """
            Shares in Korvel Rides, a Lagos-listed rival that uses a similar driver model, fell 4.1 percent after the ruling. A spokeswoman for Korvel said the company was "studying the ruling" with its lawyers.
            """
        #expect(claims(body) == ["Korvel Rides|paraphrase|the company was \"studying the ruling\" with its lawyers"])
    }

    @Test func formerOpeningASentenceIsNoPartOfAClubsName() {
        let body = """
            The Kingsmere Rovers winger, 24, stormed off after he was substituted.

            Former Rovers skipper Gary Hollins was less impressed. A Rovers spokesman said the club would "deal with the matter internally".
            """
        #expect(claims(body).last == "Kingsmere Rovers|paraphrase|the club would \"deal with the matter internally\"")
    }

    @Test func theStageFindsOneLongerNameOrNone() {
        let names = ArticleNames(ArticleTokens("""
            The second stage of Ostra Orbital's rocket failed. Ostra said it would publish a report.

            Julie Brannock and Stacey Brannock run the café. Minister of Social Policy Yelena Pryadko visited it.
            """), isNarrative: { _ in true })
        #expect(names.fullest("Ostra") == "Ostra Orbital")
        // Two people share the surname: no one name is the fuller one.
        #expect(names.fullest("Brannock") == nil)
        // The words before a full name are a title's, and a person's name is not lengthened.
        #expect(names.fullest("Yelena Pryadko") == nil)
        #expect(names.fullest("Pryadko") == nil)
        // The end of a title ("Minister of Commerce Liu Jianhua") lengthens no one.
        let title = ArticleNames(ArticleTokens("Minister of Commerce Liu Jianhua arrived. Jianhua said the zone would grow."), isNarrative: { _ in true })
        #expect(title.fullest("Jianhua") == nil)
        // A name the article first prints alone stays as printed.
        #expect(ArticleNames(ArticleTokens("Ostra said so. Later Ostra Orbital said more."), isNarrative: { _ in true }).fullest("Ostra") == nil)
    }

    @Test func aSurnameThatOpensWithItsParticleIsThePersonNamedInFull() {
        let body = """
            The museum director, Maartje van der Kolk-Suryani, met the family.

            “If he finds a receipt, we will gladly look at it,” van der Kolk-Suryani said. “So far, nobody has.”
            """
        #expect(claims(body) == [
            "Maartje van der Kolk-Suryani|quote|If he finds a receipt, we will gladly look at it",
            "Maartje van der Kolk-Suryani|quote|So far, nobody has",
        ])
    }

    // MARK: A description, then the name

    @Test func aDescribedOfficeWhoseAppositiveIsTheNameIsThatName() {
        #expect(claims("India’s space regulator, the National Launch Licensing Centre, said in a post on X that the flight had been cleared.") == [
            "National Launch Licensing Centre|paraphrase|the flight had been cleared",
        ])
        #expect(claims("His old club, Moorside Wanderers Cricket Club, posted on Facebook that the bat belonged in the pavilion.") == [
            "Moorside Wanderers Cricket Club|paraphrase|the bat belonged in the pavilion",
        ])
        // Initials in brackets after the name are no part of it.
        #expect(claims("The state weather bureau, the Coastal Atmospheric Service (CAS), said in its bulletin that the storm had weakened.") == [
            "Coastal Atmospheric Service|paraphrase|the storm had weakened",
        ])
    }

    @Test func theUnionNamedByItsDescriptionIsTheUnionNotItsPresident() {
        let body = """
            Miners at the Loma Gris pit walked out on Tuesday, the mine's largest union, Sindicato Cobre Norte, said.

            "We waited until midnight," union president Inés Quilodrán told reporters.

            The last stoppage lasted 19 days, the union said.
            """
        #expect(claims(body) == [
            "Sindicato Cobre Norte|paraphrase|Miners at the Loma Gris pit walked out on Tuesday",
            "Inés Quilodrán|quote|We waited until midnight",
            "Sindicato Cobre Norte|paraphrase|The last stoppage lasted 19 days",
        ])
    }

    // MARK: What a person is, around their name

    @Test func whoseThenWhatThenTheNameIsThePersonAndAGroupThenItsNameIsTheGroup() {
        #expect(claims("His long-time teammate, the Danish rider Mads Holck, describes him as \"the most stubborn man in the peloton\".") == [
            "Mads Holck|paraphrase|describes him as \"the most stubborn man in the peloton\"",
        ])
        #expect(claims("A group representing savers, the Lakeside Depositors Association, said the ruling was \"a slap in the face\".") == [
            "Lakeside Depositors Association|paraphrase|the ruling was \"a slap in the face\"",
        ])
    }

    @Test func whoseByNameThenTheAppositiveNamesTheSpeaker() {
        #expect(claims("Outside court, Mokoena's lawyer, advocate Pieter Venter, told reporters his client would appeal.") == [
            "Pieter Venter|paraphrase|his client would appeal",
        ])
        #expect(claims("Nordgen's second-largest shareholder, the Oslo fund Vardø Kapital, said on its website that it was reviewing the offer.") == [
            "Vardø Kapital|paraphrase|it was reviewing the offer",
        ])
    }

    @Test func anAttributionAfterAlthoughOrAnOpeningAndIsItsOwn() {
        #expect(claims("The Retail Roundtable welcomed the plan, although its chief executive, Ines Baird, said company tax remained too high.") == [
            "Ines Baird|paraphrase|company tax remained too high",
        ])
        let body = "Rain is still falling. And in a statement overnight, Fellside District Council said 11 schools would stay closed."
        #expect(claims(body) == ["Fellside District Council|paraphrase|11 schools would stay closed"])
        // "the district" is the district named before.
        let district = "The Cariboo Regional District has widened the order. In a post on X, the district said residents should leave \"immediately\"."
        #expect(claims(district) == ["Cariboo Regional District|paraphrase|residents should leave \"immediately\""])
    }

    @Test func aTitleThenTheNameBetweenCommasIsThePerson() {
        let body = """
            Sweden's Minister of Economic Affairs, Siri Aalvik, attended the opening ceremony on Wednesday. "The coast has a future in batteries," the minister said in a speech.

            Latvia's Foreign Minister, Ilze Ozola, said the talks would resume.
            """
        #expect(claims(body) == [
            "Siri Aalvik|quote|The coast has a future in batteries",
            "Ilze Ozola|paraphrase|the talks would resume",
        ])
    }

    @Test func aGivenNameThatAbbreviatesAMonthIsAName() {
        #expect(claims("Government spokesman Jan Heller told reporters the chancellor was following the talks closely.") == [
            "Jan Heller|paraphrase|the chancellor was following the talks closely",
        ])
    }

    @Test func aSpokeswomanOfADescribedOfficeSpeaksForIt() {
        #expect(claims("Morag Leckie chairs the committee. A Welsh government spokeswoman said ministers were \"closely following\" the review.") == [
            "Welsh government|paraphrase|ministers were \"closely following\" the review",
        ])
    }

    @Test func aRoleBetweenTheNameAndARelativeClauseIsPassedOver() {
        #expect(claims("Tarık Yalçın, head of the carmaker's works council, which represents 40,000 staff, said workers would not accept \"a single forced redundancy\".") == [
            "Tarık Yalçın|paraphrase|workers would not accept \"a single forced redundancy\"",
        ])
    }

    @Test func whoseAndWhatForBeforeTheNameStayWithTheDescription() {
        let body = """
            Loch Fyne Salmon, which employs about 200 people on the loch, argues that the new pens will sit in deeper water. Its general manager for Tasmania, Lucía Ferrante, told councillors that the farm had “listened more than ever”.
            """
        #expect(claims(body).last == "Lucía Ferrante|paraphrase|the farm had “listened more than ever”")
    }

    @Test func aNameAfterThePhraseThatOpensTheSentenceSpeaks() {
        #expect(claims("In a statement to the Courier, the Westfold Hospitals Trust, which runs St Aidan’s, said that admissions had risen by 9 per cent.") == [
            "Westfold Hospitals Trust|paraphrase|admissions had risen by 9 per cent",
        ])
    }

    @Test func aMediumNamedByWhatItIsIsNoPersonAndOwnIsNoPartOfAnOffice() {
        let body = "Pop star Kayla Storm cancelled the show. Last night, speaking on American podcast Velvet Rope, the singer said she was “devastated”."
        #expect(claims(body) == ["Kayla Storm|paraphrase|she was “devastated”"])
        #expect(claims("The government's own statistics directorate warned in a report that the figures were \"far from sufficient\".") == [
            "statistics directorate|paraphrase|the figures were \"far from sufficient\"",
        ])
    }

    @Test func whereABusinessIsBasedIsNoName() {
        let body = "Harzwerk Antriebe cut its forecast on Tuesday. The Kassel-based group now expects a margin of 3% this year, the company said."
        #expect(claims(body) == ["Harzwerk Antriebe|paraphrase|The Kassel-based group now expects a margin of 3% this year"])
    }

    // MARK: Verbs and pronouns

    @Test func statesAfterPlaceNamesIsANounNotAVerb() {
        #expect(claims("Officers raided 40 sites in Goiás, Bahia and Pará states and seized 11 trucks, police said in a statement.") == [
            "police|paraphrase|Officers raided 40 sites in Goiás, Bahia and Pará states and seized 11 trucks",
        ])
    }

    @Test func theSubjectsOwnVerbThenButSaidIsTheSubjectSpeaking() {
        #expect(claims("Dorival Prates welcomed the arrests but said lorries were still being stopped \"almost every night\".") == [
            "Dorival Prates|paraphrase|lorries were still being stopped \"almost every night\"",
        ])
        // With what the commas say of them, either way round.
        #expect(claims("The drivers' union president, Dorival Prates, welcomed the arrests but said lorries were still being stopped.") == [
            "Dorival Prates|paraphrase|lorries were still being stopped",
        ])
        #expect(claims("The governor of the Maule region, Ana Quilapán, welcomed the plan but warned that the stoves were \"barely a quarter\" of those in use.") == [
            "Ana Quilapán|paraphrase|the stoves were \"barely a quarter\" of those in use",
        ])
    }

    @Test func aParticleWithACapitalIsANamesFirstWordAndStatesOpeningAClauseIsAVerb() {
        #expect(claims("Le Monde said the talks had failed.") == ["Le Monde|paraphrase|the talks had failed"])
        #expect(claims("Amnesty International states in its report that the trial was unfair.") == [
            "Amnesty International|paraphrase|the trial was unfair",
        ])
    }

    @Test func anAsideBetweenCommasBeforeThatAndAClauseAfterAScene() {
        #expect(claims("Tom Hale said on Monday, as he arrived in Brussels, that the deal was close.") == ["Tom Hale|paraphrase|the deal was close"])
        #expect(claims("Once the merger closes, the group will employ 9,000 people, the company said.") == [
            "company|paraphrase|Once the merger closes, the group will employ 9,000 people",
        ])
        #expect(claims("Tom Hale met the press. He said Jones, a senior figure in the party, would resign.") == [
            "Tom Hale|paraphrase|Jones, a senior figure in the party, would resign",
        ])
    }

    @Test func anInvertedAttributionFollowedByAClauseOfItsOwnStillEndsTheWords() {
        // ", as it bets that ...": the writer's clause, with a "that" of its own.
        #expect(claims("Kestrel Air has ordered 12 regional jets, the Ghanaian carrier said on Tuesday, as it bets that demand will keep growing.") == [
            "Kestrel Air|paraphrase|Kestrel Air has ordered 12 regional jets",
        ])
        // ", adding that ...": a second claim, after the first.
        #expect(claims("Most of the cases were near the harbour, the ministry said in a statement, adding that two taps had tested positive.") == [
            "ministry|paraphrase|Most of the cases were near the harbour",
            "ministry|paraphrase|two taps had tested positive",
        ])
    }

    @Test func whatABodyPublishesSpeaksForIt() {
        #expect(claims("According to the Soapline Weekly website, her final scenes will air in August.") == [
            "Soapline Weekly|paraphrase|her final scenes will air in August",
        ])
        #expect(claims("The levy was expected to raise about 12 billion shillings a year, according to Treasury estimates.") == [
            "Treasury|paraphrase|The levy was expected to raise about 12 billion shillings a year",
        ])
        // A capitalised noun is the name's own word.
        #expect(claims("According to the Office of National Statistics, trade rose by 14 percent.") == [
            "Office of National Statistics|paraphrase|trade rose by 14 percent",
        ])
        // The ministry's own website relays nothing.
        let ministry = ClaimExtractor(known: [], published: nil).extract(from: "According to the ministry's website, the talks will resume in May.")
        #expect(ministry.map(\.speaker) == ["ministry"] && ministry.allSatisfy(\.via.isEmpty))
    }

    @Test func aCoastGuardAGuildAndAnOpeningAheadOfSomething() {
        #expect(claims("Reuters reported, citing the coast guard, that 900 passengers were stranded in ports.") == [
            "coast guard|paraphrase|900 passengers were stranded in ports",
        ])
        #expect(claims("The Lisbon Bakers' Guild met on Friday. In a letter to the mayor last month, seen by the Courier, the guild wrote that its members would pay.").last
            == "Lisbon Bakers' Guild|paraphrase|its members would pay")
        #expect(claims("Ahead of the verdict, the Nairobi-based watchdog group Clear Books Kenya said the case was a test.") == [
            "Clear Books Kenya|paraphrase|the case was a test",
        ])
    }

    @Test func saidThenANameAfterACommaIsWhoSpokeWhateverTheWordsOpenWith() {
        #expect(claims("At Kasungu District Hospital, the measles ward has been full since June, said Dr Tamanda Banda, the hospital's chief medical officer.") == [
            "Tamanda Banda|paraphrase|At Kasungu District Hospital, the measles ward has been full since June",
        ])
        // A verb with an object after a name's commas is not inverted.
        #expect(claims("Crews would not go out in the storm, the firm's regional manager, Dean Castell, told Reef FM.") == [
            "Dean Castell|paraphrase|Crews would not go out in the storm",
        ])
    }

    @Test func aTitleBeforeTheNameAndItsAppositivesIsNotWhatWasSaid() {
        #expect(claims("Halvern's vice president for community affairs, Marcus Ojeda, a former city planner, said the company would draw little water.") == [
            "Marcus Ojeda|paraphrase|the company would draw little water",
        ])
    }

    @Test func aBrigadeSpeaksAndSaidInAStatementNeedsNoThat() {
        #expect(claims("The fire brigade said in a statement the blaze had started near the quarry.") == [
            "fire brigade|paraphrase|the blaze had started near the quarry",
        ])
    }

    @Test func heIsThePersonTheSentenceBeforeNamedInPassing() {
        let body = """
            The first thing Idrissa Mbaye does when he sits down at the café is turn his phone face down. “Producers, my aunt, the bank — they all ring at once,” he says, laughing.
            """
        #expect(claims(body) == ["Idrissa Mbaye|quote|Producers, my aunt, the bank — they all ring at once"])
    }

    @Test func aTitleOfOfficeBeforeAnAppositiveThatNamesThePerson() {
        let body = """
            Head of the Korean delegation, First Vice Minister of Environment of the Republic of Korea Park Seo-yeon, noted that Korean companies had invested 46 million dollars.
            """
        #expect(claims(body) == ["Park Seo-yeon|paraphrase|Korean companies had invested 46 million dollars"])
    }

    @Test func thePlaceATitleEndsWithIsNoPartOfTheNameAfterIt() {
        let body = """
            Minister Zhanar Mukhametkaliyeva said the schools would open on time.

            Director of School No. 112 in Astana Gulnara Seitova showed reporters the new classrooms.

            "Our school is already full," she said.
            """
        #expect(claims(body).last == "Gulnara Seitova|quote|Our school is already full")
    }

    @Test func theMPIsADescriptionNotAName() {
        let body = """
            Yerlan Abdikarimov, a deputy of the lower house, said that roofs had leaked in new schools.

            "We cannot allow the same thing to happen again," the MP said.
            """
        #expect(claims(body).last == "Yerlan Abdikarimov|quote|We cannot allow the same thing to happen again")
    }
}
