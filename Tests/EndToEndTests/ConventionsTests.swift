// The habits of psql and git: connection options before the command, suggestions for typos, and
// usage errors that are errors.
import Foundation
import Testing
import TestSupport

@Suite struct ConventionsTests {
    @Test func connectionOptionsGoBeforeOrAfterTheCommand() throws {
        let room = try Newsroom()
        try room.seedStory()
        let url = room.database.url
        let after = try ClaimsBinary.run(["list", "--format", "json", "--database-url", url])
        let before = try ClaimsBinary.run(["--database-url", url, "list", "--format", "json"])
        let inline = try ClaimsBinary.run(["--database-url=\(url)", "--verbose", "list", "--format", "json"])
        #expect(after.status == 0 && before.status == 0 && inline.status == 0, "\(before)\n\(inline)")
        #expect(before.stdout == after.stdout && inline.stdout == after.stdout)
        #expect(inline.stderr.contains("claims: using "), "\(inline)")
        // A command group's default command takes them too; --as goes before as well.
        let migrate = try ClaimsBinary.run(["--database-url", url, "migrate"])
        #expect(migrate.status == 0 && migrate.stdout.contains("up to date"), "\(migrate)")
        let added = try ClaimsBinary.run(
            ["--as", "night-desk", "--database-url", url, "add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        #expect(added.status == 0, "\(added)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try room.ok(["history", id]).contains("night-desk"))
        // -d names the database on the server the URL points at, as psql's -d does.
        let other = try ClaimsBinary.run(["-d", "no_such_database_here", "--database-url", url, "list"])
        #expect(other.status == 3 && other.stderr.contains("no_such_database_here"), "\(other)")
        // db create makes databases in the embedded cluster only, never on the server the URL names.
        let create = try ClaimsBinary.run(["db", "create", "elsewhere", "--database-url", url])
        #expect(create.status == 1 && create.stderr.contains("works only on the embedded cluster"), "\(create)")
    }

    @Test func aMistypedCommandGetsTheNearestOne() throws {
        let cases: [([String], String)] = [
            (["lsit"], "claims: 'lsit' is not a claims command. Did you mean 'list'? See 'claims --help'.\n"),
            (["db", "strat"], "claims: 'strat' is not a claims db command. Did you mean 'start'? See 'claims db --help'.\n"),
            (["help", "nosuch"], "claims: 'nosuch' is not a claims command. See 'claims --help'.\n"),
            (["help", "timelin"], "claims: 'timelin' is not a claims command. Did you mean 'timeline'? See 'claims --help'.\n"),
            (["export"], "claims: export needs one of its commands: 'claimreview', 'jsonl' or 'csv'. See 'claims export --help'.\n"),
            (["--format", "json", "list"], "claims: '--format' is an option of a command, not of claims: put it after the command's name, e.g. claims list --format json\n"),
            (["timeline", "--as-of", "2020-01-01"], "claims: unknown option '--as-of'. See 'claims timeline --help'.\n"),
            (["list", "--spekaer", "x"], "claims: unknown option '--spekaer'. Did you mean '--speaker'? See 'claims list --help'.\n"),
            (["link", "5", "contradict", "4"],
             "claims: 'contradict' is not a relation. Did you mean 'contradicts'? Use 'corroborates', 'contradicts', "
                + "'responds-to' or 'same-statement'. See 'claims link --help'.\n"),
        ]
        for (arguments, message) in cases {
            let result = try ClaimsBinary.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result)")
            #expect(result.stderr == message, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        // Help itself still works, from any level.
        #expect(try ClaimsBinary.run(["export", "--help"]).status == 0)
        #expect(try ClaimsBinary.run(["help", "export", "csv"]).status == 0)
    }

    @Test func anUnknownSpeakerIsSuggestedOnlyWhatTheCommandAccepts() throws {
        let room = try Newsroom()
        try room.seedStory()
        let listed = try room.claims(["list", "--speaker", "jonson"])
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("claims speaker add jonson"), "\(listed)")
        #expect(!listed.stderr.contains("--create-speaker"), "\(listed)")
        let added = try room.claims(["add", "Words.", "--speaker", "jonson", "--source", "1", "--said", "2015-12-01"])
        #expect(added.status == 1 && added.stderr.contains("(or pass --create-speaker)"), "\(added)")
    }
}
