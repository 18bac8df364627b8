// The stores, called as the command line calls them: through a `ClaimsDatabase` session on a
// fresh database, without the binary in between.
import Basics
import ClaimsCore
import FoundationEssentials
import Testing
import TestSupport

/// A session on a fresh, migrated database, with a small story recorded: two speakers, a wire
/// report in English of Wednesday 2 December 2015, and a later report.
struct StoryDatabase {
    let database: TestDatabase
    let session: ClaimsDatabase
    let wire: Source
    let later: Source

    init() throws {
        database = try TestDatabase()
        let location = try DatabaseLocation.resolve(databaseURL: database.url, dataDirectory: nil, environment: [:])
        session = try ClaimsDatabase.open(location, actor: "store tests")
        _ = try session.speakers.add(NewSpeaker(name: "Dmitry Peskov", aliases: ["Peskov"], role: "Kremlin spokesman"))
        _ = try session.speakers.add(NewSpeaker(name: "Recep Tayyip Erdoğan", role: "President of Turkey"))
        wire = try session.sources.add(
            NewSource(
                url: "https://wire.example/2015/12/02/oil", title: "Kremlin calls for coordination", outlet: "Wire Example",
                published: try #require(CalendarDate(year: 2015, month: 12, day: 2)), language: "en"))
        later = try session.sources.add(
            NewSource(
                url: "https://paper.example/2015/12/10/oil", title: "What the oil claims rest on", outlet: "Paper Example",
                published: try #require(CalendarDate(year: 2015, month: 12, day: 10))))
    }

    func add(_ text: String, by speaker: String, in source: Source, said: String? = nil, via: [String] = []) throws -> Int {
        try session.claims.add(NewClaim(text: text, speaker: speaker, source: String(source.id), said: said, via: via))
    }
}

@Suite struct StoreTests {
    @Test func aClaimIsReadBackAsItWasRecorded() throws {
        let story = try StoryDatabase()
        let id = try story.add("We need coordination against terrorism.", by: "Peskov", in: story.wire, said: "on Tuesday", via: ["RIA Novosti"])
        let claim = try story.session.claims.claim(id: id)
        #expect(claim.text == "We need coordination against terrorism.")
        #expect(claim.speakerName == "Dmitry Peskov")
        #expect(claim.said == SaidDate(day: try #require(CalendarDate(year: 2015, month: 12, day: 1))))
        #expect(claim.saidPhrase == "on Tuesday")
        #expect(claim.via == ["RIA Novosti"])
        #expect(claim.source.id == story.wire.id)
        #expect(claim.status == .unverified)
    }

    @Test func speakersResolveByAliasAndUnknownNamesAreTypedErrors() throws {
        let story = try StoryDatabase()
        #expect(try story.session.speakers.resolve("peskov").name == "Dmitry Peskov")
        #expect {
            try story.session.speakers.resolve("Dmitri Peskow")
        } throws: { error in
            guard case ClaimsError.speakerNotFound(let name, let suggestions) = error else { return false }
            return name == "Dmitri Peskow" && suggestions.contains("Dmitry Peskov")
        }
        // A refused claim writes nothing.
        #expect(throws: ClaimsError.self) { try story.add("Nobody said this.", by: "Nobody", in: story.wire) }
        #expect(try story.session.claims.page(ClaimPageRequest()).isEmpty)
    }

    @Test func aPageHonoursSpeakerOrderAndKeyset() throws {
        let story = try StoryDatabase()
        let first = try story.add("First.", by: "Peskov", in: story.wire, said: "2015-11-30")
        let second = try story.add("Second.", by: "Peskov", in: story.wire, said: "2015-12-01")
        let third = try story.add("Third.", by: "Peskov", in: story.later, said: "2015-12-09")
        _ = try story.add("Someone else.", by: "Recep Tayyip Erdoğan", in: story.wire, said: "2015-12-01")

        var request = ClaimPageRequest(ClaimSelection(speakers: ["Peskov"]))
        #expect(try story.session.claims.page(request).map(\.id) == [third, second, first])
        request.limit = 2
        let page = try story.session.claims.page(request)
        #expect(page.map(\.id) == [third, second])
        request.after = try #require(page.last).id
        #expect(try story.session.claims.page(request).map(\.id) == [first])
        request.after = nil
        request.order = .oldestFirst
        #expect(try story.session.claims.page(request).map(\.id) == [first, second])
    }

    /// The selection means the same to every read: the timeline, search and export honour the
    /// speaker, status and date filters the page honours.
    @Test func everyReadHonoursTheWholeSelection() throws {
        let story = try StoryDatabase()
        let oil = try story.add("Turkey buys the oil.", by: "Peskov", in: story.wire, said: "2015-12-01")
        let denial = try story.add("Nobody buys that oil.", by: "Recep Tayyip Erdoğan", in: story.later, said: "2015-12-09")
        let quiet = try story.add("The oil talks go on.", by: "Peskov", in: story.later, said: "2015-12-09")
        try story.session.links.link(.claim(denial), .contradicts, to: oil, note: nil)

        let contradicted = ClaimSelection(status: .contradicted)
        #expect(try story.session.claims.page(ClaimPageRequest(contradicted)).map(\.id) == [oil])
        #expect(try story.session.claims.timeline(TimelineRequest(contradicted)).map(\.id) == [oil])
        #expect(try story.session.claims.search(SearchRequest("oil", contradicted)).map(\.claim.id) == [oil])
        #expect(try story.session.claims.export(ClaimExportRequest(contradicted)).map(\.id) == [oil])

        let peskovLater = ClaimSelection(speakers: ["Peskov"], since: try SaidDate.parse("2015-12-05"))
        #expect(try story.session.claims.timeline(TimelineRequest(peskovLater)).map(\.id) == [quiet])
        #expect(try story.session.claims.search(SearchRequest("oil", peskovLater)).map(\.claim.id) == [quiet])
        #expect(try story.session.claims.search(SearchRequest("oil", limit: 1)).count == 1)
        // Export is oldest first, whatever the page's default.
        #expect(try story.session.claims.export(ClaimExportRequest()).map(\.id).first == oil)
        // A name no one goes by is refused before any query runs.
        #expect(throws: ClaimsError.self) {
            try story.session.claims.timeline(TimelineRequest(ClaimSelection(speakers: ["Nobody Known"])))
        }
    }

    @Test func linksDecideStatusAndMustPointBackInTime() throws {
        let story = try StoryDatabase()
        let said = try story.add("The information will be used against terrorism.", by: "Peskov", in: story.wire, said: "2015-12-01")
        let backer = try story.add("The figures hold up.", by: "Recep Tayyip Erdoğan", in: story.later, said: "2015-12-10")
        let denier = try story.add("The figures are invented.", by: "Recep Tayyip Erdoğan", in: story.later, said: "2015-12-10")
        try story.session.links.link(.claim(backer), .corroborates, to: said, note: nil)
        #expect(try story.session.claims.claim(id: said).status == .corroborated)
        try story.session.links.link(.claim(denier), .contradicts, to: said, note: "says the numbers were made up")
        let contested = try story.session.claims.claim(id: said)
        #expect(contested.status == .contested)
        #expect(Set(contested.links.filter { $0.direction == .incoming }.compactMap(\.otherClaimID)) == [backer, denier])

        // The earlier claim cannot answer the later one.
        #expect {
            try story.session.links.link(.claim(said), .contradicts, to: denier, note: nil)
        } throws: { error in
            if case ClaimsError.reversedLink = error { true } else { false }
        }
        // The timeline reads the same statuses as the page does.
        let timeline = try story.session.claims.timeline(TimelineRequest())
        #expect(timeline.map(\.id) == [said, backer, denier])
        #expect(timeline.first?.status == .contested)
    }

    @Test func aRetractionLeavesTheListButStaysInTheRecord() throws {
        let story = try StoryDatabase()
        let id = try story.add("Misquoted words.", by: "Peskov", in: story.wire, said: "2015-12-01")
        try story.session.claims.retract(id: id, reason: "the agency corrected its quote")
        #expect(try story.session.claims.page(ClaimPageRequest()).isEmpty)
        let everything = ClaimPageRequest(ClaimSelection(includeRetracted: true))
        #expect(try story.session.claims.page(everything).map(\.id) == [id])
        #expect(try story.session.claims.claim(id: id).retraction?.reason == "the agency corrected its quote")
        let history = try story.session.history.history(ofClaim: id)
        #expect(history.map(\.operation) == [.insert, .update])
        #expect(history.allSatisfy { $0.actor == "store tests" })
        #expect(history.last?.reason == "the agency corrected its quote")
    }

    /// English stemming: "coordination" finds "coordinate", "partner" finds "partners".
    @Test func searchFindsWordsInAnyFormAndMarksThem() throws {
        let story = try StoryDatabase()
        let id = try story.add("Russia will coordinate with its partners.", by: "Peskov", in: story.wire, said: "2015-12-01")
        _ = try story.add("An unrelated remark.", by: "Recep Tayyip Erdoğan", in: story.wire)
        let hits = try story.session.claims.search(SearchRequest("coordination partner"))
        #expect(hits.map(\.claim.id) == [id])
        let hit = try #require(hits.first)
        #expect(hit.headline == "Russia will coordinate with its partners.")
        #expect(hit.highlights.map { String(hit.headline[$0]) } == ["coordinate", "partners"])
    }

    @Test func reviewsAttachToTheClaimTheyRate() throws {
        let story = try StoryDatabase()
        let id = try story.add("Turkey buys the oil.", by: "Peskov", in: story.wire, said: "2015-12-01")
        let review = try story.session.reviews.add(
            NewReview(claimID: id, rating: "Unproven", author: "Fact Desk", url: "https://factdesk.example/oil"))
        #expect(review.claimID == id)
        #expect(try story.session.claims.claim(id: id).reviews.map(\.rating) == ["Unproven"])
        #expect(try story.session.reviews.reviews(claimIDs: [id, id + 1000]).map(\.url) == ["https://factdesk.example/oil"])
    }

    @Test func theSchemaFacadeReportsEveryMigrationApplied() throws {
        let story = try StoryDatabase()
        let status = try story.session.schemaStatus()
        #expect(!status.entries.isEmpty)
        #expect(status.pending.isEmpty && status.unknownVersions.isEmpty)
        #expect(status.entries.map(\.migration.version) == status.entries.map(\.migration.version).sorted())
        #expect(try story.session.applyMigrations() == 0)
    }
}
