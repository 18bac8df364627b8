// Extraction: the shapes found in the tenth round's errors (a citation between an outlet and its
// verb, a name in the appositive after a description, a region in a title, an organisation
// described in lower case, an audience with a relative clause, a split quotation around a long
// attribution). The helper `claims` is in ExtractionStageTests.swift.
@testable import ClaimsCore
import Postgres
import Testing
import Basics

/// The claims with the outlets they came through: "speaker|kind|text|via A, B".
private func relayed(_ body: String) -> [String] {
    ClaimExtractor(known: [], published: CalendarDate(year: 2024, month: 3, day: 6)).extract(from: body).map { claim in
        "\(claim.speaker)|\(claim.kind.rawValue)|\(claim.text)" + (claim.via.isEmpty ? "" : "|via " + claim.via.joined(separator: ", "))
    }
}

@Suite struct ExtractionRelayTests {
    @Test func aCountrysMinistryOfThePlaceToldADailyByName() {
        #expect(relayed("Portugal’s Ministry of the Sea told the Lisbon daily Jornal do Atlântico that its fishery was well managed.") == [
            "Portugal’s Ministry of the Sea|paraphrase|its fishery was well managed|via Jornal do Atlântico",
        ])
        // A place's word still ends no person's name.
        #expect(claims("Bennett Place said the road was closed.").isEmpty)
    }

    @Test func anOutletCitingSomeoneBeforeItsVerbRelaysThem() {
        #expect(relayed("The Bangkok newspaper Siam Morning Post, citing the governor of Phuket province Anucha Srisuwan, reported that hotels had cut their prices.") == [
            "Anucha Srisuwan|paraphrase|hotels had cut their prices|via Siam Morning Post",
        ])
    }

    @Test func aDescriptionThenANameBetweenCommasIsThePerson() {
        #expect(claims("The commercial director of the tour operator Maple Sun Vacations, Geneviève Tremblay, told reporters that demand remained stable.") == [
            "Geneviève Tremblay|paraphrase|demand remained stable",
        ])
        #expect(relayed("The newspaper Yesil Kuryer quoted a resident of the Nura district, 38-year-old father of three Daniyar Ospanov, as saying that the bus took an hour.") == [
            "Daniyar Ospanov|paraphrase|the bus took an hour|via Yesil Kuryer",
        ])
        // Two capitalised words after a department are its name, unless the first is a given name.
        guard case .person(let name, _)? = speaker(in: "According to the head of the regional health department Pavel Orlov, beds were short.") else {
            Issue.record("no person")
            return
        }
        #expect(name == "Pavel Orlov")
    }

    @Test func aTitleRunningThroughACommitteeOrAShipEndsAtThePerson() {
        let body = """
            The chairman of the Minsk City Health Committee Irina Zhukovskaya said flu cases were falling.

            Minister of Tourism Javier Ortega Lazo said bookings were up.

            Captain of the icebreaker Polyarnaya Zvezda Gennady Trofimov told the crew that the ice was thin.

            Bola Ahmed Tinubu said the vote would go ahead.
            """
        #expect(claims(body) == [
            "Irina Zhukovskaya|paraphrase|flu cases were falling",
            "Javier Ortega Lazo|paraphrase|bookings were up",
            "Gennady Trofimov|paraphrase|the ice was thin",
            // A given name in the middle of three is a name's, not the end of a firm's.
            "Bola Ahmed Tinubu|paraphrase|the vote would go ahead",
        ])
    }

    @Test func theCompanyIsANameTakenForAPersonsWhenNoBusinessIsNamed() {
        #expect(claims("Kyklades Lines has put out a statement. The company said the ferry had lost steering.\n\nIt added that passengers would be refunded.") == [
            "Kyklades Lines|paraphrase|the ferry had lost steering",
            "Kyklades Lines|paraphrase|passengers would be refunded",
        ])
        // Named as the subject of "..., the company said", then after a chief executive's "of".
        let body = """
            Voltrea Recycling will build a plant near Wroclaw, the company said on Wednesday.

            “Europe is good,” said Marieke van Dalen, chief executive of Voltrea Recycling.

            Separately, the company said its revenue rose.
            """
        #expect(claims(body).last == "Voltrea Recycling|paraphrase|its revenue rose")
        // A speaker on record as a business is no person, whatever the name looks like.
        let known = [KnownSpeaker(name: "Voltrea Recycling", role: "Dutch battery recycler")]
        let extracted = ClaimExtractor(known: known, published: nil).extract(from: "Voltrea Recycling said it would hire.\n\nAccording to the company, the process works.")
        #expect(extracted.map(\.speaker) == ["Voltrea Recycling", "Voltrea Recycling"])
    }

    @Test func aCompanysSuffixKeepsItsFullStop() {
        #expect(claims("Aguamar Pacífico S.A. said it had signed a deal. Aguamar expects to build in May, the company said.") == [
            "Aguamar Pacífico S.A.|paraphrase|it had signed a deal",
            "Aguamar Pacífico S.A.|paraphrase|Aguamar expects to build in May",
        ])
    }

    @Test func aLakeOrAMountainIsNoOneSheCanMean() {
        let body = "Isidora Mancilla leads the survey. She said the front had retreated.\n\nThe boats cross Lago Grey at dawn.\n\n“It is not science,” she said."
        #expect(claims(body).last == "Isidora Mancilla|quote|It is not science")
    }

    @Test func anOrganisationDescribedInLowerCaseIsTheOneNamedBefore() {
        let body = "The National Emergency Management Agency reported on Tuesday that 1.2 million animals had died.\n\n"
            + "The emergency agency warned herders not to move their herds across the passes."
        #expect(claims(body).last == "National Emergency Management Agency|paraphrase|herders not to move their herds across the passes")
        let report = "The Global Heat Resilience Alliance said in a report that 61,000 people had died.\n\n"
            + "The Geneva-based alliance of 38 medical groups said most of the deaths were never linked to heat."
        #expect(claims(report).last == "Global Heat Resilience Alliance|paraphrase|most of the deaths were never linked to heat")
        #expect(claims("The country's National Weather Bureau says the rain will last a week.") == ["National Weather Bureau|paraphrase|the rain will last a week"])
    }

    @Test func whoWasToldCanHaveARelativeClauseAndWhatWasToldCanOpenWithWhen() {
        let body = "Anjali Desai walked out.\n\nShe told the reporters who had followed her down that her party would not vote for the bill."
        #expect(claims(body) == ["Anjali Desai|paraphrase|her party would not vote for the bill"])
        #expect(relayed("Raúl Fonseca ran the club. He told the TV channel Gol Norte that when he left office the club owed less than a third of it.") == [
            "Raúl Fonseca|paraphrase|when he left office the club owed less than a third of it|via Gol Norte",
        ])
        // "said when" asks; a question put is no claim.
        #expect(claims("Raúl Fonseca said when the club would pay was unclear.").isEmpty)
    }

    @Test func aQuotationResumesAfterALongAttribution() {
        #expect(claims("“If this workshop closes,” Rui Fontoura told me after a concert in the Mouraria, “the city loses a voice.”") == [
            "Rui Fontoura|quote|If this workshop closes the city loses a voice",
        ])
        // A quoted phrase inside what she went on to say is not the rest of the quotation.
        #expect(claims("“Come back to the table,” Claire Faulkner said, adding that she had “never closed the door”.") == [
            "Claire Faulkner|quote|Come back to the table", "Claire Faulkner|paraphrase|she had “never closed the door”",
        ])
    }

    @Test func anIntervieweeWhoAnsweredOurQuestions() {
        let body = [
            "Mayor Eduardo Lins said on Saturday that the city would spend more on dikes.",
            "Luciana Bittencourt answered our questions by phone.",
            "**How close did the city come?**", "Closer than anyone would like.",
            "**Were the pumps ready?**", "All of them had generators.",
        ].joined(separator: "\n\n")
        #expect(claims(body).suffix(2) == ["Luciana Bittencourt|quote|Closer than anyone would like", "Luciana Bittencourt|quote|All of them had generators"])
    }
}
