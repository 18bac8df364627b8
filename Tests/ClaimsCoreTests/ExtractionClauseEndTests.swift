// Extraction: where a reported statement stops and what belongs to it. Someone else's words or
// the reporter's note after "although" or "but" end it; an attribution between commas joins the
// words on both sides, a clause after "but" and an adverbial ("since Sunday night") too; a
// broadcaster's "and I'm quoting him here" opens the quotation; "the museum" is the museum named
// before; "— a phrase that ...", ", a figure ..." and ", without giving ..." are the reporter's.
// The helper `claims` is in ExtractionStageTests.swift.
@testable import ClaimsCore
import Testing

@Suite struct ExtractionClauseEndTests {
    @Test func afterAccordingToAClauseWithAVerbIsTheWordsNotWhatTheSpeakerIs() {
        let body = """
            According to the company, the process recovers more than 95% of the lithium, nickel and cobalt and uses less energy.

            According to the ministry, the sides discussed the launch of a direct flight, the supply of grain and a visa regime.

            According to Lars Vik, the bank's head of operations, the loan was approved.
            """
        #expect(claims(body) == [
            "company|paraphrase|the process recovers more than 95% of the lithium, nickel and cobalt and uses less energy",
            "ministry|paraphrase|the sides discussed the launch of a direct flight, the supply of grain and a visa regime",
            "Lars Vik|paraphrase|the loan was approved",
        ])
    }

    @Test func wouldNotCommentIsPartOfWhatWasSaid() {
        #expect(claims("The insurer said it was \"in close contact\" with the operator and would not comment on the value of its policy.") == [
            "insurer|paraphrase|it was \"in close contact\" with the operator and would not comment on the value of its policy",
        ])
        // What the reporter says the speaker would not say is still the reporter's.
        #expect(claims("The insurer said the vault had been breached but would not say how.") == ["insurer|paraphrase|the vault had been breached"])
    }

    @Test func theReportersRemarkAfterTheWordsIsNotTheirs() {
        let body = """
            The port company said dredging would pause “for the time strictly necessary” — a phrase that has since become a local joke.

            The ministry warned that take-up could be lowest among the worst-hit households — precisely the people the scheme was for.

            The company told investors it planned to lift its harvest by 40 per cent by 2030, a figure it has not disputed.

            Iturra said the last of the river water would be phased out “as soon as the pipeline is proven”, without giving a timetable.
            """
        #expect(claims(body) == [
            "port company|paraphrase|dredging would pause “for the time strictly necessary”",
            "ministry|paraphrase|take-up could be lowest among the worst-hit households",
            "port company|paraphrase|it planned to lift its harvest by 40 per cent by 2030",
            "Iturra|paraphrase|the last of the river water would be phased out “as soon as the pipeline is proven”",
        ])
    }

    @Test func someoneElsesWordsAfterAlthoughOrButAreNotTheSpeakers() {
        let body = """
            The labour ministry says employers could face fines of up to 200,000 euros, although unions complain that inspections are rare.

            The ministry said it would release emergency funds for the region, but it hasn't said how much.

            The agency said a vaccine would be available from Monday, though vets say supplies are short.
            """
        #expect(claims(body) == [
            "labour ministry|paraphrase|employers could face fines of up to 200,000 euros",
            "labour ministry|paraphrase|it would release emergency funds for the region",
            "agency|paraphrase|a vaccine would be available from Monday",
        ])
    }

    @Test func anAttributionBetweenCommasJoinsAClauseAfterButAndAnAdverbial() {
        let body = """
            Marcus Tierney teaches health economics. The region is short of beds, he says, but adding them would simply move the queue upstairs.

            Donal Fitzgibbon waits on a trolley. He has been there, he says, since Sunday night.
            """
        #expect(claims(body) == [
            "Marcus Tierney|paraphrase|The region is short of beds but adding them would simply move the queue upstairs",
            "Donal Fitzgibbon|paraphrase|He has been there since Sunday night",
        ])
        // The speaker's own next act after "but" is not part of the words.
        #expect(claims("Marcus Tierney teaches health economics. The plan is sound, he said, but declined to say more.") == [
            "Marcus Tierney|paraphrase|The plan is sound",
        ])
    }

    @Test func aBroadcastersAsideOpensTheQuotation() {
        #expect(claims("Tom Glynn is the fire officer. He said, and I'm quoting him here, \"We're ready, but the sea doesn't care.\"") == [
            "Tom Glynn|quote|We're ready, but the sea doesn't care",
        ])
    }

    @Test func theMuseumIsTheMuseumNamedBefore() {
        let body = """
            The Harbour Maritime Museum in Hull has bought the logbook of a lost whaler, the museum announced on Thursday.

            The manuscript will go on display in May, according to the museum.
            """
        #expect(claims(body) == [
            "Harbour Maritime Museum|paraphrase|The Harbour Maritime Museum in Hull has bought the logbook of a lost whaler",
            "Harbour Maritime Museum|paraphrase|The manuscript will go on display in May",
        ])
    }
}
