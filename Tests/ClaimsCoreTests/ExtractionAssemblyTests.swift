// Extraction, stage 6: claims across sentences, paragraphs, interviews and transcripts
// (ClaimAssembler, TranscriptLabels, PlainInterviews), and hostile input. The helper `claims` is in
// ExtractionStageTests.swift.
@testable import ClaimsCore
import Postgres
import Testing

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
