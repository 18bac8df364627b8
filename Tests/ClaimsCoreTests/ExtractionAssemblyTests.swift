// Extraction, stage 6: claims across sentences, paragraphs, interviews and transcripts
// (ClaimAssembler, TranscriptLabels, PlainInterviews), and hostile input. The helper `claims` is in
// ExtractionStageTests.swift.
@testable import ClaimsCore
import Postgres
import Testing

@Suite struct AssemblyTests {
    @Test func aOneWordQuotationThatIsAllTheSpeakerSaidIsAClaim() {
        let body = "Depot manager Gary Platt was asked whether he would quit.\n\n\"Never,\" he said. \"Let someone else have the grief.\""
        #expect(claims(body) == ["Gary Platt|quote|Never", "Gary Platt|quote|Let someone else have the grief"])
        // Quotation marks around nothing but dots are no claim.
        #expect(claims("Gary Platt was asked again. “...,” he said, trailing off.").isEmpty)
        // A word in quotation marks inside reported speech is no quotation of its own.
        #expect(claims("Gary Platt said the plan was \"unworkable\".") == ["Gary Platt|paraphrase|the plan was \"unworkable\""])
    }

    @Test func aQuotationParagraphAfterASceneIsItsSubjects() {
        let body = "Nino Beridze conducts in Warsaw tonight. Does the fame follow her home? She laughs, and takes a while to answer.\n\n“At home I am just the one who forgets the bread.”"
        #expect(claims(body) == ["Nino Beridze|quote|At home I am just the one who forgets the bread"])
        // Not two paragraphs on.
        let later = "Nino Beridze conducts in Warsaw tonight. She laughs.\n\nThe hall is full.\n\n“At home I am just the one who forgets the bread.”"
        #expect(claims(later).isEmpty)
    }

    @Test func aQuotationAfterReportedSpeechIsThatSpeakersOwnWords() {
        // In the same paragraph, after the sentence that reported them.
        let same = "Asked about the audit, Ostberg conceded that the service had been “stretched”, but said two crews had been added. “Is it perfect? No. Is it safer? Yes.”"
        #expect(claims(same).last == "Ostberg|quote|Is it perfect? No. Is it safer? Yes")
        // A paragraph of its own after a paragraph that ends with what they said.
        let next = "Maud Tennant told the Herald she was back at the counter by seven.\n\n\"People keep bringing me flowers. One lad asked me to sign the pan!\""
        #expect(claims(next) == [
            "Maud Tennant|paraphrase|she was back at the counter by seven",
            "Maud Tennant|quote|People keep bringing me flowers. One lad asked me to sign the pan!",
        ])
        // Not when the paragraph said more after the reported speech.
        let more = "Maud Tennant told the Herald she was back at the counter by seven. The shop was busy.\n\n\"People keep bringing me flowers.\""
        #expect(!claims(more).contains { $0.hasSuffix("|quote|People keep bringing me flowers") && $0.hasPrefix("Maud Tennant") })
    }

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

    @Test func whoWroteAReportTimeWordsAndTitlesBeforeTheSpeakerAreNoPartOfTheName() {
        let body = """
            A study published in June by the Coastal Research Trust warned that dunes were shrinking.

            Last month the Harbour Board said the quay would reopen. On Friday the Fishers' Guild said it would appeal.

            Pastor Ruth Amadi said the hall was full. Trustee Omar Saleh said he would resign.

            Central Bank of Ruritania Governor Ines Varga warned that rates could rise.

            K. L. Moyo said the count was accurate.

            The opposition Green Future Party accused the mayor of hiding the figures.

            14:05 The Canal Users' Council said it "welcomed" the decision.
            """
        #expect(claims(body) == [
            "Coastal Research Trust|paraphrase|dunes were shrinking", "Harbour Board|paraphrase|the quay would reopen",
            "Fishers' Guild|paraphrase|it would appeal", "Ruth Amadi|paraphrase|the hall was full", "Omar Saleh|paraphrase|he would resign",
            "Ines Varga|paraphrase|rates could rise", "K. L. Moyo|paraphrase|the count was accurate",
            "Green Future Party|paraphrase|accused the mayor of hiding the figures", "Canal Users' Council|paraphrase|it \"welcomed\" the decision",
        ])
    }

    @Test func aShortFormOfAnOrganisationIsTheOneNamedInFull() {
        let body = """
            Selwyn Freight Holdings said on Monday it would cut 200 jobs.

            Later, Selwyn Freight said the cuts would fall mostly in Leeds.

            The Association of Rural Bus Operators said fares would rise. Rural Bus Operators also said routes would go.
            """
        #expect(claims(body) == [
            "Selwyn Freight Holdings|paraphrase|it would cut 200 jobs", "Selwyn Freight Holdings|paraphrase|the cuts would fall mostly in Leeds",
            "Association of Rural Bus Operators|paraphrase|fares would rise", "Association of Rural Bus Operators|paraphrase|routes would go",
        ])
    }

    @Test func aPleaAThingReportedAndTheOutletsOwnCorrespondentAreNoClaims() {
        let body = """
            Dara Quinn pleaded not guilty to four counts of fraud. The firm reported a net profit of $2 billion for the year.

            Our correspondent Mia Lund reports that the road is closed.

            Ivo Petrov vowed to clear his name. Asha Rao said the figures were wrong.

            About Selwyn Freight: Founded in 1990, the company employs 4,000 people.
            """
        #expect(claims(body) == ["Ivo Petrov|paraphrase|to clear his name", "Asha Rao|paraphrase|the figures were wrong"])
    }

    @Test func aSceneThatOpensWithAPrepositionThenThePronoun() {
        let body = """
            Helen Okafor chairs the inquiry. At her first hearing before the committee in May she said that the records were missing.

            Tomas Berg is the finance minister. In Question Time on Tuesday he said the budget would balance.
            """
        #expect(claims(body) == ["Helen Okafor|paraphrase|the records were missing", "Tomas Berg|paraphrase|the budget would balance"])
    }

    @Test func aQuotationAfterAColonOrAPostingIsTheSubjects() {
        let body = """
            But one neighbour, Fergus Dunne, 44, took the baker's side: “It smells of bread. There are worse things.”

            His sister Orla Dunne went further, writing: “Leave the man alone.”

            A source told the Echo: “He is gutted.”

            Nell Hart, writing in the Courier, said the bakery was a landmark.
            """
        #expect(claims(body) == [
            "Fergus Dunne|quote|It smells of bread. There are worse things", "Orla Dunne|quote|Leave the man alone",
            "Nell Hart|paraphrase|the bakery was a landmark",
        ])
    }

    @Test func theCompanyIsABusinessNotTheUniversityOrTheZoneItWorksWith() {
        let body = """
            Tarnby Cells, the Aarhus-based battery recycler, will build a plant in the Lodz Special Economic Zone, the company said.

            The process was developed with the University of Halden, the company said.
            """
        #expect(claims(body).map { $0.split(separator: "|")[0] } == ["Tarnby Cells", "Tarnby Cells"])
    }

    @Test func aGuestsAnswerThatEndsOnAQuestionIsStillTheirs() {
        let body = """
            PRESENTER: Minister, will the dam be ready?

            KOWALSKI: There is a legal challenge. But the agency has known about it for months. Where was the plan B?

            PRESENTER: Will you resign?
            """
        #expect(claims(body) == ["Kowalski|quote|There is a legal challenge. But the agency has known about it for months. Where was the plan B"])
    }

    @Test func aSentenceAboutSomeoneThatEndsInAColonIntroducesTheirWords() {
        let body = """
            15.40 – Opposition leader Maria Kallas has weighed in on X:

            “Every summer the same pictures. Where are the new aircraft?”

            Park Ji-hye, an analyst, said shares fell sharply. “It will pass,” Park said.

            Somebody said the bakery was closing.
            """
        #expect(claims(body) == [
            "Maria Kallas|quote|Every summer the same pictures. Where are the new aircraft?", "Park Ji-hye|paraphrase|shares fell sharply", "Park Ji-hye|quote|It will pass",
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
        "D20Ac. :115-02-30", "WOLNA: ?", "WOLNA: Yes?", "Marsh told", "Marsh warned", "Marsh told me", "Delta Ltd, which said",
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
