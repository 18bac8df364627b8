// The stages under the evidence rule, without a server: a quotation's drift word by word, a text's
// MinHash signature, and the agency a story's text credits.
@testable import ClaimsCore
import Testing

@Suite struct QuoteDriftTests {
    @Test func theSameWordsHaveNoDriftWhateverTheirCaseAndPunctuation() {
        let drift = QuoteDrift.between("We will not give up.", "“we will NOT give up”")
        #expect(drift.isEmpty && drift.similarity == 1 && !drift.drifted)
    }

    @Test func wordsLeftOutAddedAndChangedAreListedInOrder() {
        let drift = QuoteDrift.between("The talks will resume next week in Geneva.", "The talks will surely resume in Vienna.")
        #expect(drift.added == ["surely"])
        #expect(drift.removed == ["next", "week"])
        #expect(drift.changed == [WordChange(from: "Geneva", to: "Vienna")])
        // "The talks will resume in" in common, 5 words of 8 and of 7: 10 / 15.
        #expect(abs(drift.similarity - 10.0 / 15.0) < 1e-9)
        #expect(drift.drifted)
        // Runs of unequal length change as runs.
        #expect(QuoteDrift.between("The data will be used against terrorism.", "The data serves against terrorism.").changed
            == [WordChange(from: "will be used", to: "serves")])
        let cut = QuoteDrift.between("We need coordination against terrorism now.", "We need coordination now.")
        #expect(cut.removed == ["against", "terrorism"] && cut.added.isEmpty && cut.changed.isEmpty)
    }

    @Test func oneWordInFifteenIsShownButNotFlagged() {
        let drift = QuoteDrift.between(
            "The first ships can dock on Monday morning once the last two cranes are back on their rails.",
            "The first ships may dock on Monday morning once the last two cranes are back on their rails.")
        #expect(drift.changed == [WordChange(from: "can", to: "may")])
        #expect(drift.similarity > QuoteDrift.threshold && !drift.drifted)
    }
}

@Suite struct TextSignatureTests {
    static let story = """
        The port of Sollvik will reopen to cargo ships next week, the harbour minister said on Monday, ending a three-week closure \
        that has left shops along the coast short of fuel and fresh food. The harbour was closed after a storm tore two cranes from \
        their rails and sank a dredger in the main channel. Divers finished clearing the channel at the weekend, the port authority said.
        """

    @Test func aCopyUnderANewOpeningIsAlikeAndAnotherStoryIsNot() throws {
        let original = try #require(TextSignature(text: Self.story))
        #expect(original.values.count == TextSignature.size && original.bandKeys.count == TextSignature.bands)
        #expect(original.resemblance(to: try #require(TextSignature(text: Self.story))) == 1)
        let copy = try #require(TextSignature(text: "Good news at last for the coast. " + Self.story))
        #expect(original.resemblance(to: copy) >= TextSignature.restsOnThreshold)
        #expect(Set(original.bandKeys).intersection(copy.bandKeys).count > 0)
        let other = try #require(TextSignature(text: """
            Farmers in the valley say the drought has cut their harvest by half, and the regional council has promised emergency \
            loans to those who lost more than a third of their crop. The council said the money would be paid before the winter.
            """))
        #expect(original.resemblance(to: other) < 0.2)
        #expect(TextSignature(stored: original.values.map(String.init).joined(separator: ",")) == original)
    }

    @Test func aTextTooShortToJudgeHasNoSignature() {
        #expect(TextSignature(text: "Too short to say anything about copying.") == nil)
    }
}

@Suite struct WireCreditTests {
    @Test(arguments: [
        ("MOSCOW, December 25. /TASS/. The Kremlin said on Friday it would answer.", "TASS"),
        ("LONDON, Dec 10 (Reuters) - Ministers met on Tuesday.", "Reuters"),
        ("The minister spoke on Monday, according to Interfax, and left at noon.", "Interfax"),
        ("Peskov told Reuters the data would be used.", "Reuters"),
        ("The talks ended early (AP) and resumed later.", "Associated Press"),
        ("RIA Novosti reported that the talks had ended.", "RIA Novosti"),
    ])
    func aCreditedAgencyIsFound(text: String, agency: String) {
        #expect(WireCredits.credit(in: text, ownOutlet: "Harbour Gazette") == agency)
    }

    @Test func anAgencysOwnStoryAndAMereMentionCreditNothing() {
        #expect(WireCredits.credit(in: "LONDON, Dec 10 (Reuters) - Ministers met on Tuesday.", ownOutlet: "Reuters") == nil)
        #expect(WireCredits.credit(in: "MOSCOW, December 25. /TASS/. The Kremlin said.", ownOutlet: "ITAR-TASS") == nil)
        #expect(WireCredits.credit(in: "She took the AP exam and joined Reuters in 2010.", ownOutlet: nil) == nil)
        #expect(WireCredits.credit(in: "Our reporter was at the harbour when the ships came in.", ownOutlet: nil) == nil)
    }
}
