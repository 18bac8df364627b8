// claims speaker merge: every claim and name moves, one transaction, history keeps the duplicate.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct SpeakerMergeTests {
    @Test func aDuplicateIsFoldedIntoTheSpeakerKept() throws {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["speaker", "add", "D. Peskov", "--alias", "Dmitri Sergeyevich Peskov", "--wikidata", "Q4160817"])
        let first = try room.add(["Coordination is needed.", "--speaker", "Peskov", "--source", "1"])
        let second = try room.add(["The information will be used.", "--speaker", "D. Peskov", "--source", "1"])
        let third = try room.add(["Against terrorism.", "--speaker", "Dmitri Sergeyevich Peskov", "--source", "1"])

        let merged = try room.claims(["speaker", "merge", "Dmitry Peskov", "D. Peskov", "--as", "desk-editor", "--yes"])
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout == "Merged 'D. Peskov' into 'Dmitry Peskov': 2 claims and 2 names moved.\n")

        let speakers = try #require(try room.json(["speaker", "list"]) as? [[String: Any]])
        #expect(speakers.compactMap { $0["name"] as? String } == ["Dmitry Peskov", "Recep Tayyip Erdoğan"])
        let kept = try #require(speakers.first)
        #expect(kept["claim_count"] as? Int == 3)
        #expect(kept["wikidata"] as? String == "Q4160817")
        #expect(Set(kept["aliases"] as? [String] ?? []) == ["Peskov", "D. Peskov", "Dmitri Sergeyevich Peskov"])
        let listed = try #require(try room.json(["list", "--speaker", "D. Peskov"]) as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["id"] as? Int }) == [first, second, third])

        let history = try room.database.connect().query(
            "SELECT operation, actor, reason FROM history WHERE table_name = 'speakers' AND operation = 'DELETE'")
        #expect(history.count == 1)
        #expect(try history.first?.decode("actor", as: String.self) == "desk-editor")
        #expect(try history.first?.decode("reason", as: String.self) == "merged D. Peskov into Dmitry Peskov")

        let before = try room.counts()
        let itself = try room.claims(["speaker", "merge", "Peskov", "Dmitry Peskov"])
        #expect(itself.status == 1 && itself.stderr.contains("give two different speakers"), "\(itself)")
        let unknown = try room.claims(["speaker", "merge", "Peskov", "Nobody Atall"])
        #expect(unknown.status == 1, "\(unknown)")
        #expect(try room.counts() == before)
    }

    /// A new speaker who may be one on record is recorded, with a warning naming the one on record.
    @Test func aLikelyDuplicateIsNamedWhenAdded() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Boris Johnson", "--alias", "Johnson"])
        _ = try room.ok(["speaker", "add", "Allegra Stratton"])
        let long = try room.claims(["speaker", "add", "Alexander Boris de Pfeffel Johnson"])
        #expect(long.status == 0 && long.stdout == "Added speaker #3: Alexander Boris de Pfeffel Johnson\n", "\(long)")
        #expect(long.stderr == "claims: warning: 'Alexander Boris de Pfeffel Johnson' may be 'Boris Johnson' (#1), already on record; "
            + "if so: claims speaker merge \"Boris Johnson\" \"Alexander Boris de Pfeffel Johnson\"\n", "\(long)")
        let inverted = try room.claims(["speaker", "add", "Stratton, Allegra"])
        #expect(inverted.stderr.contains("may be 'Allegra Stratton' (#2)"), "\(inverted)")
        let surname = try room.claims(["speaker", "add", "Carrie Johnson"])
        #expect(surname.stderr.contains("may be 'Boris Johnson' (#1) (alias 'Johnson')"), "\(surname)")
        let stranger = try room.claims(["speaker", "add", "Helen Marsh"])
        #expect(stranger.status == 0 && stranger.stderr.isEmpty, "\(stranger)")
    }

    /// A merge deletes a record: on a terminal claims asks, elsewhere it needs --yes.
    @Test func aMergeAsksOnATerminalAndOtherwiseNeedsYes() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Allegra Stratton"])
        _ = try room.ok(["speaker", "add", "Stratton, Allegra"])
        let unasked = try room.claims(["speaker", "merge", "Allegra Stratton", "Stratton, Allegra"])
        #expect(unasked.status == 64 && unasked.stderr == "claims: merging deletes speaker 'Stratton, Allegra': add --yes to confirm (on a terminal claims asks)\n", "\(unasked)")
        let url = room.database.url
        let declined = try ClaimsBinary.runInTerminal(["speaker", "merge", "Allegra Stratton", "Stratton, Allegra", "--database-url", url], columns: 100, input: "n\n")
        #expect(declined.status == 1 && declined.stdout.contains("Merge speaker 'Stratton, Allegra' (#2) into 'Allegra Stratton' (#1)?"), "\(declined)")
        #expect(declined.stdout.contains("claims: nothing changed"))
        #expect(try room.ok(["speaker", "list"]).contains("Stratton, Allegra"))
        let accepted = try ClaimsBinary.runInTerminal(["speaker", "merge", "Allegra Stratton", "Stratton, Allegra", "--database-url", url], columns: 100, input: "y\n")
        #expect(accepted.status == 0 && accepted.stdout.contains("Merged 'Stratton, Allegra' into 'Allegra Stratton'"), "\(accepted)")
        _ = try room.ok(["source", "add", "https://a.example/1", "--title", "A", "--outlet", "O", "--published", "2021-01-01"])
        _ = try room.ok(["source", "add", "https://a.example/2", "--title", "A", "--outlet", "O", "--published", "2021-01-01"])
        let source = try room.claims(["source", "merge", "1", "2"])
        #expect(source.status == 64 && source.stderr.contains("merging deletes source #2: add --yes"), "\(source)")
        #expect(try room.claims(["source", "merge", "1", "2", "--yes"]).status == 0)
    }
}
