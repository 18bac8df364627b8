// A corpus of bad inputs across every command. For each: no crash (exit below 128), the documented
// exit code, one line on stderr naming the problem, nothing on stdout, and the database unchanged
// to the byte (every row of every table, the history included, hashed before and after).
import Foundation
import Postgres
import Testing
import TestSupport

/// One bad input and what claims must make of it.
struct HostileCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    /// Arguments as raw bytes (which need not be UTF-8), instead of `arguments`.
    var rawArguments: [[UInt8]]? = nil
    var input: Data? = nil
    /// Whether to add `--database-url` (not for inputs that never reach a command).
    var connects = true
    /// 0 for inputs that are harmless data (SQL in a search): they must succeed and change nothing.
    var code: Int32
    /// A fragment of the one-line message.
    var says: String

    var testDescription: String { String((rawArguments.map { "raw \($0.count) arguments" } ?? arguments.joined(separator: " ")).prefix(80)) }
}

/// Files the corpus refers to as `@name`, written to a temporary directory before it runs.
enum HostileFiles {
    static let invalidUTF8 = Data([0x50, 0x65, 0x73, 0x6B, 0x6F, 0x76, 0xFF, 0xFE, 0x0A])
    static let megabyte = String(repeating: "All quiet on the border. ", count: 43_000)  // 1,075,000 characters

    static let files: [String: Data] = [
        "bad-utf8.csv": Data("speaker,text,source_url\nPeskov,Quiet ".utf8) + Data([0xC3, 0x28]) + Data(",https://news.example/a\n".utf8),
        "bad-utf8.jsonl": Data(#"{"type":"outlet","name":"Wire "#.utf8) + Data([0xFF]) + Data((#"","created_at":"2015-12-02T00:00:00Z"}"# + "\n").utf8),
        "bad-utf8.json": Data(#"{"@type":"ClaimReview","claimReviewed":""#.utf8) + Data([0xE2, 0x82]) + Data(#""}"#.utf8),
        "bad-utf8.txt": Data("Kremlin urges coordination\nXinhua\n2015-12-02\n\nThe spokesman said ".utf8) + invalidUTF8,
        "nul.csv": Data("speaker,text,source_url\nPeskov,Nul\0byte,https://news.example/a\n".utf8),
        "nul.jsonl": Data(#"{"type":"outlet","name":"Nul"#.utf8) + Data([0]) + Data(#"byte","created_at":"2015-12-02T00:00:00Z"}"#.utf8),
        "nul.txt": Data("A headline\nAn outlet\n2015-12-02\n\nBody with a \0 byte.\n".utf8),
        "control.csv": Data("speaker,text,source_url\nPeskov,Bell\u{7} text,https://news.example/a\n".utf8),
        "megabyte.csv": Data("speaker,text,source_url\nPeskov,\(megabyte),https://news.example/a\n".utf8),
        "megabyte.jsonl": Data(
            (#"{"anchor":null,"created_at":"2015-12-02T00:00:00Z","key":1,"kind":"quote","retracted":null,"said":null,"said_phrase":null,"source":"https://news.example/2015/12/02/coordination","speaker":"Dmitry Peskov","text":""#
                + megabyte + #"","topics":[],"type":"claim","via":[]}"# + "\n").utf8),
        "megabyte.json": Data(
            (#"{"@type":"ClaimReview","url":"https://check.example/1","author":{"name":"Desk"},"reviewRating":{"alternateName":"False"},"claimReviewed":""#
                + megabyte + #"","itemReviewed":{"author":{"name":"Dmitry Peskov"},"appearance":[{"url":"https://news.example/b","headline":"H","datePublished":"2015-12-02","publisher":{"name":"P"}}]}}"#).utf8),
        "empty.csv": Data("speaker,text,source_url\nPeskov,   ,https://news.example/a\n".utf8),
        "no-speaker-column.csv": Data("who,text,source_url\nPeskov,Words,https://news.example/a\n".utf8),
        "unterminated.csv": Data("speaker,text,source_url\nPeskov,\"Words that never end,https://news.example/a\n".utf8),
        "ragged.csv": Data("speaker,text,source_url\nPeskov,Words,https://news.example/a,extra,columns\n".utf8),
        "bad-kind.csv": Data("speaker,text,source_url,kind\nPeskov,Words,https://news.example/a,rumour\n".utf8),
        "bad-date.csv": Data("speaker,text,said,source_url\nPeskov,Words,2015-02-30,https://news.example/a\n".utf8),
        "year-zero.csv": Data("speaker,text,said,source_url\nPeskov,Words,0000-06-01,https://news.example/a\n".utf8),
        "future.csv": Data("speaker,text,said,source_url\nPeskov,Words,2999-01-01,https://news.example/a\n".utf8),
        "no-scheme.csv": Data("speaker,text,source_url,source_title,outlet,published\nPeskov,Words,news.example/new,T,O,2015-12-02\n".utf8),
        "sql.csv": Data("speaker,text,said,source_url\nPeskov,Words,2015-12-01'); DROP TABLE claims; --,https://news.example/a\n".utf8),
        "second-line-bad.csv": Data("speaker,text,source_url\nPeskov,Fine words,https://news.example/2015/12/02/coordination\nPeskov,,https://news.example/2015/12/02/coordination\n".utf8),
        "array.jsonl": Data("[1,2,3]\n".utf8),
        "not-json.jsonl": Data("hello there\n".utf8),
        "unknown-type.jsonl": Data(#"{"type":"rumour","name":"x"}"#.utf8 + Data("\n".utf8)),
        "missing-fields.jsonl": Data(#"{"type":"claim"}"#.utf8 + Data("\n".utf8)),
        "truncated.jsonl": Data(#"{"type":"speaker","name":"Half"#.utf8),
        "wrong-type.jsonl": Data(#"{"type":"speaker","name":5,"aliases":[],"role":null,"affiliation":null,"wikidata":null,"created_at":"2015-12-02T00:00:00Z"}"#.utf8),
        "unknown-speaker.jsonl": Data(
            #"{"anchor":null,"created_at":"2015-12-02T00:00:00Z","key":9,"kind":"quote","retracted":null,"said":null,"said_phrase":null,"source":"https://news.example/2015/12/02/coordination","speaker":"Nobody Known","text":"Words.","topics":[],"type":"claim","via":[]}"#.utf8),
        "third-line-bad.jsonl": Data(
            (#"{"created_at":"2015-12-02T00:00:00Z","name":"Wire One","type":"outlet"}"# + "\n"
                + #"{"created_at":"2015-12-02T00:00:00Z","name":"Wire Two","type":"outlet"}"# + "\n"
                + #"{"created_at":"2015-12-02T00:00:00Z","name":"","type":"outlet"}"# + "\n").utf8),
        "bad-date.jsonl": Data(
            #"{"created_at":"2015-12-02T00:00:00Z","language":null,"outlet":"Xinhua","published":"2015-02-30","text":null,"title":"T","type":"source","url":"https://news.example/new"}"#.utf8),
        "object.json": Data("{}".utf8),
        "number.json": Data("42".utf8),
        "not-json.json": Data("<html>ClaimReview</html>".utf8),
        "no-claim.json": Data(#"{"@type":"ClaimReview","url":"https://check.example/1","author":{"name":"Desk"},"reviewRating":{"alternateName":"False"}}"#.utf8),
        "no-author.json": Data(
            #"{"@type":"ClaimReview","url":"https://check.example/1","claimReviewed":"Words","reviewRating":{"alternateName":"False"},"itemReviewed":{"author":{"name":"Dmitry Peskov"}}}"#.utf8),
        "no-speaker.json": Data(
            #"{"@type":"ClaimReview","url":"https://check.example/1","author":{"name":"Desk"},"claimReviewed":"Words","reviewRating":{"alternateName":"False"},"itemReviewed":{"appearance":[{"url":"https://news.example/b","headline":"H","datePublished":"2015-12-02","publisher":{"name":"P"}}]}}"#.utf8),
        "wrong-type.json": Data(#"{"@type":"Recipe","name":"Soup"}"#.utf8),
        "rating-string.json": Data(
            #"{"@type":"ClaimReview","url":"https://check.example/1","author":{"name":"Desk"},"claimReviewed":"Words","reviewRating":"False","itemReviewed":{"author":{"name":"Dmitry Peskov"},"appearance":[{"url":"https://news.example/b","headline":"H","datePublished":"2015-12-02","publisher":{"name":"P"}}]}}"#.utf8),
        "bad-date.json": Data(
            #"{"@type":"ClaimReview","url":"https://check.example/1","datePublished":"2015-02-30","author":{"name":"Desk"},"claimReviewed":"Words","reviewRating":{"alternateName":"False"},"itemReviewed":{"author":{"name":"Dmitry Peskov"},"appearance":[{"url":"https://news.example/b","headline":"H","datePublished":"2015-12-02","publisher":{"name":"P"}}]}}"#.utf8),
        "no-url.json": Data(
            #"{"@type":"ClaimReview","author":{"name":"Desk"},"claimReviewed":"Words","reviewRating":{"alternateName":"False"},"itemReviewed":{"author":{"name":"Dmitry Peskov"},"appearance":[{"url":"https://news.example/b","headline":"H","datePublished":"2015-12-02","publisher":{"name":"P"}}]}}"#.utf8),
        "headerless.txt": Data("\n\n\n".utf8),
        "report.html": Data("%PDF-1.7\n".utf8) + Data([0xE2, 0xE3, 0xCF, 0xD3, 0x0A]),
        "index.html": Data(("<!DOCTYPE html><html><head><meta property=\"og:type\" content=\"website\"></head><body><main>"
            + (1...30).map { "<article><h2><a href=\"/story/\($0)\">Story \($0) of the day about the harbour</a></h2><p>A line about story \($0) and what the council said.</p></article>" }.joined()
            + "</main></body></html>").utf8),
        "deep.html": Data(("<html><body>" + String(repeating: "<div>", count: 200_000) + "deep").utf8),
        "nul.html": Data("<!DOCTYPE html><html><body><p>\0\0\0</p>\0<div>\0</div></body></html>".utf8),
        "article.html": Data(("<!DOCTYPE html><html><head><title>Quay vote</title></head><body><article><h1>Quay vote</h1>"
            + (1...5).map { "<p>The harbour council voted on Tuesday night, for the \($0)th time, to go ahead with the new quay, despite the objections of the fishermen.</p>" }.joined()
            + "</article></body></html>").utf8),
        "article.txt": Data("Kremlin urges coordination\n\nXinhua, December 2, 2015\n\nThe spokesman said coordination was needed.\n".utf8),
    ]

    /// A path nobody may read, root included (CI runs as root): the kernel refuses to open it for reading.
    static let unreadable = "/proc/sysrq-trigger"
}

enum HostileCorpus {
    static let sql = "'; DROP TABLE claims; --"
    static let future = "2999-01-01"
    static let hugeArgument = String(repeating: "x", count: 120_000)

    static let emptyAndWhitespace: [HostileCase] = [
        HostileCase(arguments: ["add", "", "--speaker", "Peskov", "--source", "1"], code: 1, says: "empty"),
        HostileCase(arguments: ["add", "   ", "--speaker", "Peskov", "--source", "1"], code: 1, says: "empty"),
        HostileCase(arguments: ["add", "\n\t \n", "--speaker", "Peskov", "--source", "1"], code: 1, says: "empty"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "", "--source", "1"], code: 1, says: "speaker name"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "  "], code: 1, says: "the source (number or address) is empty"),
        HostileCase(arguments: ["speaker", "add", ""], code: 1, says: "empty"),
        HostileCase(arguments: ["speaker", "add", "   "], code: 1, says: "empty"),
        HostileCase(arguments: ["speaker", "add", "Someone New", "--alias", " "], code: 1, says: "empty"),
        HostileCase(arguments: ["search", ""], code: 1, says: "search text"),
        HostileCase(arguments: ["search", "  \t "], code: 1, says: "search text"),
        HostileCase(arguments: ["edit", "1", "--text", ""], code: 1, says: "empty"),
        HostileCase(arguments: ["edit", "1", "--text", "New words.", "--reason", "  "], code: 1, says: "--reason"),
        HostileCase(arguments: ["retract", "2", "--reason", ""], code: 1, says: "--reason"),
        HostileCase(arguments: ["retract", "2", "--reason", "   "], code: 1, says: "--reason"),
        HostileCase(arguments: ["link", "2", "corroborates", "1", "--note", " "], code: 1, says: "note"),
        HostileCase(arguments: ["list", "--speaker", ""], code: 1, says: "speaker name"),
        HostileCase(arguments: ["timeline", "--speaker", "  "], code: 1, says: "speaker name"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "title"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", " ", "--published", "2015-12-02"], code: 1, says: "outlet"),
        HostileCase(arguments: ["review", "add", "1", "--rating", " ", "--by", "Desk", "--url", "https://check.example/r"], code: 1, says: "rating"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "False", "--by", "", "--url", "https://check.example/r"], code: 1, says: "empty"),
        HostileCase(arguments: ["speaker", "merge", "", "Peskov"], code: 1, says: "speaker name"),
        HostileCase(arguments: ["import", "csv", "@empty.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--topic", " "], code: 1, says: "topic"),
    ]

    static let oversized: [HostileCase] = [
        HostileCase(arguments: ["add", hugeArgument, "--speaker", "Peskov", "--source", "1", "--paraphrase"], code: 1, says: "120000 characters long"),
        HostileCase(arguments: ["edit", "1", "--text", hugeArgument], code: 1, says: "120000 characters long"),
        HostileCase(arguments: ["import", "csv", "@megabyte.csv", "--quiet"], code: 1, says: "line 2: the claim text is"),
        HostileCase(arguments: ["import", "csv", "-", "--quiet"], input: HostileFiles.files["megabyte.csv"], code: 1, says: "line 2: the claim text is"),
        HostileCase(arguments: ["import", "jsonl", "@megabyte.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "claimreview", "@megabyte.json", "--strict"], code: 1, says: "characters long"),
    ]

    static let encodings: [HostileCase] = [
        HostileCase(arguments: ["import", "csv", "@bad-utf8.csv", "--quiet"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["import", "csv", "-", "--quiet"], input: HostileFiles.files["bad-utf8.csv"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["import", "jsonl", "@bad-utf8.jsonl", "--quiet"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["import", "jsonl", "-", "--quiet"], input: HostileFiles.files["bad-utf8.jsonl"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["import", "claimreview", "@bad-utf8.json", "--strict"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["source", "import", "@bad-utf8.txt"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02", "--text-file", "@bad-utf8.txt"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["extract", "@bad-utf8.txt"], code: 1, says: "UTF-8"),
        HostileCase(arguments: ["import", "csv", "@nul.csv", "--quiet"], code: 1, says: "U+0000"),
        HostileCase(arguments: ["import", "jsonl", "@nul.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["source", "import", "@nul.txt", "--url", "https://news.example/nul", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "NUL byte"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02", "--text-file", "@nul.txt"], code: 1, says: "NUL byte"),
        HostileCase(arguments: ["import", "csv", "@control.csv", "--quiet"], code: 1, says: "U+0007"),
        HostileCase(arguments: ["add", "Bell\u{7}", "--speaker", "Peskov", "--source", "1"], code: 1, says: "U+0007"),
        HostileCase(arguments: ["add", "Back\u{8}space", "--speaker", "Peskov", "--source", "1"], code: 1, says: "U+0008"),
        HostileCase(arguments: ["speaker", "add", "Esc\u{1B}[31mRed"], code: 1, says: "U+001B"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T\u{7F}", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "U+007F"),
        HostileCase(arguments: ["edit", "1", "--text", "Form\u{C}feed"], code: 1, says: "U+000C"),
        HostileCase(arguments: ["retract", "2", "--reason", "Bad\u{1}reason"], code: 1, says: "U+0001"),
        HostileCase(arguments: ["link", "2", "corroborates", "1", "--note", "a\u{2}b"], code: 1, says: "U+0002"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "Fa\u{3}lse", "--by", "Desk", "--url", "https://check.example/r"], code: 1, says: "U+0003"),
        HostileCase(arguments: ["speaker", "add", "Someone", "--role", "Spokes\u{1F}man"], code: 1, says: "U+001F"),
        HostileCase(arguments: [], rawArguments: [Array("add".utf8), [0x57, 0x6F, 0xFF, 0x64], Array("--speaker".utf8), Array("Peskov".utf8), Array("--source".utf8), Array("1".utf8)], code: 64, says: "argument 2 is not valid UTF-8"),
        HostileCase(arguments: [], rawArguments: [Array("speaker".utf8), Array("add".utf8), [0xC3]], code: 64, says: "argument 3 is not valid UTF-8"),
        HostileCase(arguments: [], rawArguments: [Array("list".utf8), Array("--speaker".utf8), [0x50, 0xFE, 0xFF]], code: 64, says: "not valid UTF-8"),
        HostileCase(arguments: [], rawArguments: [Array("search".utf8), [0xED, 0xA0, 0x80]], code: 64, says: "not valid UTF-8"),
        HostileCase(arguments: [], rawArguments: [Array("source".utf8), Array("show".utf8), Array("https://news.example/".utf8) + [0xFF]], code: 64, says: "not valid UTF-8"),
        HostileCase(arguments: [], rawArguments: [Array("retract".utf8), Array("2".utf8), Array("--reason".utf8), [0xF8, 0x88, 0x80, 0x80, 0x80]], code: 64, says: "not valid UTF-8"),
    ]

    static let metacharacters: [HostileCase] = [
        HostileCase(arguments: ["list", "--speaker", sql], code: 1, says: "no speaker"),
        HostileCase(arguments: ["timeline", "--speaker", "Robert'); DROP TABLE speakers;--"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["speaker", "show", "$(rm -rf /)"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["speaker", "show", "`reboot`"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["show", "1; DROP TABLE claims"], code: 64, says: "1; DROP TABLE claims"),
        HostileCase(arguments: ["history", "1 OR 1=1"], code: 64, says: "1 OR 1=1"),
        HostileCase(arguments: ["retract", "1 OR 1=1", "--reason", "x"], code: 64, says: "1 OR 1=1"),
        HostileCase(arguments: ["source", "show", sql], code: 1, says: "no source"),
        HostileCase(arguments: ["list", "--source", "1 OR 1=1"], code: 1, says: "no source"),
        HostileCase(arguments: ["list", "--since", "2015-01-01'; DROP TABLE claims; --"], code: 1, says: "2015-01-01'; DROP TABLE claims; --"),
        HostileCase(arguments: ["list", "--as-of", "now'; DROP TABLE claims; --"], code: 1, says: "is not a valid date"),
        HostileCase(arguments: ["link", "2", "corroborates; DROP TABLE claim_links", "1"], code: 64, says: "corroborates; DROP TABLE claim_links"),
        HostileCase(arguments: ["add", "Words.", "--speaker", sql, "--source", "1"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", sql], code: 1, says: "is not a URL"),
        HostileCase(arguments: ["edit", "1", "--speaker", "x' OR '1'='1"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["import", "csv", "@sql.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["export", "jsonl", "--output", "/nonexistent; rm -rf ~/x.jsonl"], code: 1, says: "/nonexistent; rm -rf ~/x.jsonl"),
        HostileCase(arguments: ["list", "--database-url", "postgresql://nobody@/x'; DROP TABLE claims; --?host=/nonexistent"], code: 3, says: "cannot connect"),
        // Harmless data: accepted, answered, and nothing changes.
        HostileCase(arguments: ["search", sql], code: 0, says: ""),
        HostileCase(arguments: ["search", "\" OR \"\"=\""], code: 0, says: ""),
        HostileCase(arguments: ["search", "$(touch /tmp/claims-pwned) && `id`"], code: 0, says: ""),
        HostileCase(arguments: ["search", "x -- ; /* */ \\x00 %s %n"], code: 0, says: ""),
        HostileCase(arguments: ["list", "--topic", sql], code: 0, says: ""),
        HostileCase(arguments: ["list", "--topic", "%"], code: 0, says: ""),
        HostileCase(arguments: ["list", "--topic", "_"], code: 0, says: ""),
        HostileCase(arguments: ["timeline", "--topic", "') OR true --"], code: 0, says: ""),
    ]

    static let dates: [HostileCase] = [
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "2015-02-30"], code: 1, says: "2015-02-30"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "0000-01-01"], code: 1, says: "0000-01-01"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", future], code: 1, says: "future"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "2015-13-01"], code: 1, says: "2015-13-01"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-00"], code: 1, says: "2015-12-00"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "sometime soon"], code: 1, says: "sometime soon"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "-2015-01-01"], code: 64, says: "--said"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "1", "--said", "99999-01-01"], code: 1, says: "99999-01-01"),
        HostileCase(arguments: ["list", "--since", "2015-02-30"], code: 1, says: "2015-02-30"),
        HostileCase(arguments: ["list", "--until", "0000-12-31"], code: 1, says: "0000-12-31"),
        HostileCase(arguments: ["timeline", "--since", "not a date"], code: 1, says: "not a date"),
        HostileCase(arguments: ["search", "oil", "--until", "2015-02-29"], code: 1, says: "2015-02-29"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-02-30"], code: 1, says: "2015-02-30"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", future], code: 1, says: "future"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "0000-01-01"], code: 1, says: "0000-01-01"),
        HostileCase(arguments: ["edit", "1", "--said", "2015-02-30"], code: 1, says: "2015-02-30"),
        HostileCase(arguments: ["edit", "1", "--said", future], code: 1, says: "future"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "False", "--by", "Desk", "--url", "https://check.example/r", "--date", "2015-02-29"], code: 1, says: "2015-02-29"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "False", "--by", "Desk", "--url", "https://check.example/r", "--date", future], code: 1, says: "future"),
        HostileCase(arguments: ["list", "--as-of", "not a time"], code: 1, says: "'not a time' is not a valid date"),
        HostileCase(arguments: ["list", "--as-of", "2015-02-30 12:00"], code: 1, says: "'2015-02-30 12:00' is not a valid date"),
        HostileCase(arguments: ["list", "--as-of", "yesterday", "--status", "refuted"], code: 64, says: "refuted"),
        HostileCase(arguments: ["import", "csv", "@bad-date.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "csv", "@year-zero.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "csv", "@future.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "jsonl", "@bad-date.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "claimreview", "@bad-date.json", "--strict"], code: 1, says: "2015-02-30"),
    ]

    static let numbersAndIDs: [HostileCase] = [
        HostileCase(arguments: ["list", "--limit", "-1"], code: 64, says: "--limit"),
        HostileCase(arguments: ["list", "--limit", "0"], code: 64, says: "--limit"),
        HostileCase(arguments: ["list", "--limit", "99999999999999999999"], code: 64, says: "--limit"),
        HostileCase(arguments: ["list", "--limit", "ten"], code: 64, says: "--limit"),
        HostileCase(arguments: ["list", "--limit", "1e3"], code: 64, says: "--limit"),
        HostileCase(arguments: ["search", "oil", "--limit", "-5"], code: 64, says: "--limit"),
        HostileCase(arguments: ["search", "oil", "--limit", "18446744073709551616"], code: 64, says: "--limit"),
        HostileCase(arguments: ["list", "--after", "-3", "--limit", "5"], code: 64, says: "--after"),
        HostileCase(arguments: ["list", "--after", "999999", "--limit", "5"], code: 1, says: "999999"),
        HostileCase(arguments: ["show", "999999"], code: 1, says: "999999"),
        HostileCase(arguments: ["show", "0"], code: 1, says: "no claim #0"),
        HostileCase(arguments: ["show", "-1"], code: 64, says: "<id>"),
        HostileCase(arguments: ["show", "abc"], code: 64, says: "abc"),
        HostileCase(arguments: ["show", "9223372036854775808"], code: 64, says: "9223372036854775808"),
        HostileCase(arguments: ["history", "999999"], code: 1, says: "999999"),
        HostileCase(arguments: ["retract", "999999", "--reason", "x"], code: 1, says: "999999"),
        HostileCase(arguments: ["edit", "999999", "--text", "x"], code: 1, says: "999999"),
        HostileCase(arguments: ["edit", "1"], code: 64, says: "Nothing to change"),
        HostileCase(arguments: ["link", "999999", "contradicts", "1"], code: 1, says: "999999"),
        HostileCase(arguments: ["link", "2", "contradicts", "999999"], code: 1, says: "999999"),
        HostileCase(arguments: ["link", "2", "refutes", "1"], code: 64, says: "refutes"),
        HostileCase(arguments: ["link", "1", "corroborates", "1"], code: 1, says: "itself"),
        HostileCase(arguments: ["link", "--report", "999999", "corroborates", "1"], code: 1, says: "999999"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "999999"], code: 1, says: "999999"),
        HostileCase(arguments: ["source", "show", "999999"], code: 1, says: "999999"),
        HostileCase(arguments: ["review", "add", "999999", "--rating", "False", "--by", "Desk", "--url", "https://check.example/r"], code: 1, says: "999999"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "False", "--rating-value", "9", "--best", "5", "--worst", "1", "--by", "Desk", "--url", "https://check.example/r"], code: 1, says: "--rating-value"),
        HostileCase(arguments: ["speaker", "merge", "Peskov", "Nobody Atall"], code: 1, says: "Nobody Atall"),
        HostileCase(arguments: ["speaker", "merge", "Peskov", "Dmitry Peskov"], code: 1, says: "two different speakers"),
        HostileCase(arguments: ["source", "merge", "1", "999999"], code: 1, says: "999999"),
        // Ids of the wrong kind.
        HostileCase(arguments: ["show", "https://news.example/2015/12/02/coordination"], code: 64, says: "https://news.example/2015/12/02/coordination"),
        HostileCase(arguments: ["show", "Peskov"], code: 64, says: "Peskov"),
        HostileCase(arguments: ["history", "Peskov"], code: 64, says: "Peskov"),
        HostileCase(arguments: ["link", "Peskov", "contradicts", "1"], code: 64, says: "Peskov"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "Dmitry Peskov"], code: 1, says: "is not a URL"),
        HostileCase(arguments: ["list", "--speaker", "https://news.example/2015/12/02/coordination"], code: 1, says: "no speaker"),
        HostileCase(arguments: ["source", "show", "Dmitry Peskov"], code: 1, says: "no source"),
        HostileCase(arguments: ["review", "add", "Peskov", "--rating", "False", "--by", "Desk", "--url", "https://check.example/r"], code: 64, says: "Peskov"),
        HostileCase(arguments: ["speaker", "add", "Someone", "--wikidata", "P31"], code: 1, says: "P31"),
        HostileCase(arguments: ["speaker", "add", "Dmitry Peskov"], code: 1, says: "Dmitry Peskov"),
        HostileCase(arguments: ["speaker", "add", "Another", "--alias", "Peskov"], code: 1, says: "Peskov"),
        HostileCase(arguments: ["source", "add", "https://news.example/2015/12/02/coordination", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "already"),
        HostileCase(arguments: ["link", "2", "contradicts", "1"], code: 1, says: "already"),
    ]

    static let addressesAndPaths: [HostileCase] = [
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov", "--source", "news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "news.example/new"),
        HostileCase(arguments: ["source", "add", "news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "news.example/new"),
        HostileCase(arguments: ["source", "add", "https://", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "https://"),
        HostileCase(arguments: ["source", "add", "javascript:alert(1)", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "javascript:alert(1)"),
        HostileCase(arguments: ["source", "add", "https://exa mple.com/x", "--title", "T", "--outlet", "O", "--published", "2015-12-02"], code: 1, says: "https://exa mple.com/x"),
        HostileCase(arguments: ["source", "import", "@article.txt", "--url", "www.example.com/a"], code: 1, says: "www.example.com/a"),
        HostileCase(arguments: ["link", "--report", "example.com/report", "corroborates", "1"], code: 1, says: "example.com/report"),
        HostileCase(arguments: ["review", "add", "1", "--rating", "False", "--by", "Desk", "--url", "check.example/r"], code: 1, says: "check.example/r"),
        HostileCase(arguments: ["import", "csv", "@no-scheme.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "claimreview", "@no-url.json", "--strict"], code: 1, says: "url"),
        HostileCase(arguments: ["list", "--database-url", "postgresql://[::1"], code: 64, says: "--database-url"),
        HostileCase(arguments: ["list", "--database-url", "not a url at all"], code: 64, says: "--database-url"),
        HostileCase(arguments: ["list", "--connect-timeout", "0"], code: 64, says: "--connect-timeout"),
        HostileCase(arguments: ["list", "--connect-timeout", "-1"], code: 64, says: "--connect-timeout"),
        HostileCase(arguments: ["import", "csv", "does/not/exist.csv", "--quiet"], code: 1, says: "does/not/exist.csv"),
        HostileCase(arguments: ["import", "jsonl", "./missing.jsonl", "--quiet"], code: 1, says: "missing.jsonl"),
        HostileCase(arguments: ["import", "claimreview", "../missing.json", "--strict"], code: 1, says: "missing.json"),
        HostileCase(arguments: ["source", "import", "missing/article.txt"], code: 1, says: "missing/article.txt"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02", "--text-file", "no-such.txt"], code: 1, says: "no-such.txt"),
        HostileCase(arguments: ["extract", "no/such/article.txt"], code: 1, says: "no/such/article.txt"),
        HostileCase(arguments: ["import", "csv", "@", "--quiet"], code: 1, says: "directory"),
        HostileCase(arguments: ["import", "jsonl", "@", "--quiet"], code: 1, says: "directory"),
        HostileCase(arguments: ["import", "claimreview", "@", "--strict"], code: 1, says: "directory"),
        HostileCase(arguments: ["source", "import", "@"], code: 1, says: "directory"),
        HostileCase(arguments: ["source", "add", "https://news.example/new", "--title", "T", "--outlet", "O", "--published", "2015-12-02", "--text-file", "@"], code: 1, says: "directory"),
        HostileCase(arguments: ["extract", "@"], code: 1, says: "directory"),
        HostileCase(arguments: ["import", "csv", HostileFiles.unreadable, "--quiet"], code: 1, says: HostileFiles.unreadable),
        HostileCase(arguments: ["import", "jsonl", HostileFiles.unreadable, "--quiet"], code: 1, says: HostileFiles.unreadable),
        HostileCase(arguments: ["import", "claimreview", HostileFiles.unreadable, "--strict"], code: 1, says: HostileFiles.unreadable),
        HostileCase(arguments: ["source", "import", HostileFiles.unreadable], code: 1, says: HostileFiles.unreadable),
        HostileCase(arguments: ["export", "jsonl", "--output", "/nonexistent/dir/out.jsonl"], code: 1, says: "/nonexistent/dir/out.jsonl"),
        HostileCase(arguments: ["export", "jsonl", "--output", "@"], code: 1, says: "Is a directory"),
        HostileCase(arguments: ["timeline", "--format", "html", "--output", "/nonexistent/dir/t.html"], code: 1, says: "/nonexistent/dir/t.html"),
    ]

    static let shapes: [HostileCase] = [
        HostileCase(arguments: ["import", "jsonl", "@array.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@not-json.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@unknown-type.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@missing-fields.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@truncated.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@wrong-type.jsonl", "--quiet"], code: 1, says: "line 1"),
        HostileCase(arguments: ["import", "jsonl", "@unknown-speaker.jsonl", "--quiet"], code: 1, says: "Nobody Known"),
        HostileCase(arguments: ["import", "jsonl", "@third-line-bad.jsonl", "--quiet"], code: 1, says: "line 3"),
        HostileCase(arguments: ["import", "jsonl", "-", "--quiet"], input: HostileFiles.files["third-line-bad.jsonl"], code: 1, says: "line 3"),
        HostileCase(arguments: ["import", "claimreview", "@object.json", "--strict"], code: 1, says: "ClaimReview"),
        HostileCase(arguments: ["import", "claimreview", "@number.json", "--strict"], code: 1, says: "it has no ClaimReview"),
        HostileCase(arguments: ["import", "claimreview", "@not-json.json", "--strict"], code: 1, says: "JSON"),
        HostileCase(arguments: ["import", "claimreview", "@no-claim.json", "--strict"], code: 1, says: "claimReviewed"),
        HostileCase(arguments: ["import", "claimreview", "@no-author.json", "--strict"], code: 1, says: "author"),
        HostileCase(arguments: ["import", "claimreview", "@no-speaker.json", "--strict"], code: 1, says: "author"),
        HostileCase(arguments: ["import", "claimreview", "@wrong-type.json", "--strict"], code: 1, says: "ClaimReview"),
        HostileCase(arguments: ["import", "claimreview", "@rating-string.json", "--strict"], code: 1, says: "reviewRating"),
        HostileCase(arguments: ["import", "csv", "@no-speaker-column.csv", "--quiet"], code: 1, says: "speaker"),
        HostileCase(arguments: ["import", "csv", "@unterminated.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "csv", "@ragged.csv", "--quiet"], code: 1, says: "line 2"),
        HostileCase(arguments: ["import", "csv", "@bad-kind.csv", "--quiet"], code: 1, says: "rumour"),
        HostileCase(arguments: ["import", "csv", "@second-line-bad.csv", "--quiet"], code: 1, says: "line 3"),
        HostileCase(arguments: ["source", "import", "@headerless.txt"], code: 1, says: "title"),
        HostileCase(arguments: ["import", "xml", "file.xml"], connects: false, code: 64, says: "xml"),
        HostileCase(arguments: ["frobnicate"], connects: false, code: 64, says: "frobnicate"),
        HostileCase(arguments: ["list", "--colour", "always"], code: 64, says: "--colour"),
        HostileCase(arguments: ["list", "--format", "yaml"], code: 64, says: "yaml"),
        HostileCase(arguments: ["list", "--status", "maybe"], code: 64, says: "maybe"),
        HostileCase(arguments: ["add", "Words."], code: 64, says: "--speaker"),
        HostileCase(arguments: ["add", "Words.", "--speaker", "Peskov"], code: 64, says: "--source"),
        HostileCase(arguments: ["retract", "2"], code: 64, says: "--reason"),
        HostileCase(arguments: ["retract", "1", "--reason", "again"], code: 1, says: "already retracted"),
        HostileCase(arguments: ["timeline", "--format", "pdf"], code: 64, says: "pdf"),
    ]

    static let webPages: [HostileCase] = [
        HostileCase(arguments: ["source", "import", "@report.html"], code: 1, says: "it is a PDF"),
        HostileCase(arguments: ["source", "import", "@index.html"], code: 1, says: "no article to import"),
        HostileCase(arguments: ["source", "import", "@deep.html"], code: 1, says: "no article to import"),
        HostileCase(arguments: ["source", "import", "@nul.html"], code: 1, says: "no article to import"),
        HostileCase(arguments: ["source", "import", "-"], input: HostileFiles.files["index.html"], code: 1, says: "no article to import"),
        HostileCase(arguments: ["source", "import", "https://"], code: 1, says: "'https://' is not a URL"),
        HostileCase(arguments: ["source", "import", "ftp://files.example/a.html"], code: 1, says: "ftp://files.example/a.html"),
        HostileCase(arguments: ["source", "import", "http://127.0.0.1:1/story"], code: 6, says: "refused the connection"),
        HostileCase(arguments: ["source", "import", "@article.html", "--max-page-size", "100"], code: 1, says: "larger than 100 bytes"),
        HostileCase(arguments: ["source", "import", "@article.html", "--max-page-size", "lots"], connects: false, code: 64, says: "--max-page-size"),
        HostileCase(arguments: ["source", "import", "@article.html", "--fetch-timeout", "0"], connects: false, code: 64, says: "--fetch-timeout"),
        HostileCase(arguments: ["source", "import", "@article.html", "--published", HostileCorpus.future], code: 1, says: "future"),
        HostileCase(arguments: ["source", "import", "@article.html", "--url", "javascript:alert(1)"], code: 1, says: "javascript:alert(1)"),
        HostileCase(arguments: ["source", "import", "@article.html", "--title", " "], code: 1, says: "title"),
        HostileCase(arguments: ["source", "import", "@article.html", "--outlet", "Bell\u{7}"], code: 1, says: "U+0007"),
        HostileCase(arguments: ["source", "edit", "1"], code: 64, says: "Nothing to change"),
        HostileCase(arguments: ["source", "edit", "1", "--published", "2015-02-30"], code: 1, says: "2015-02-30"),
        HostileCase(arguments: ["source", "edit", "999999", "--title", "T"], code: 1, says: "999999"),
        HostileCase(arguments: ["source", "edit", "1", "--title", "  "], code: 1, says: "empty"),
        HostileCase(arguments: ["source", "edit", "1", "--language", "english please"], code: 1, says: "english please"),
        HostileCase(arguments: ["source", "show", "999999", "--original"], code: 1, says: "999999"),
        HostileCase(arguments: ["source", "show", "1", "--original"], code: 1, says: "without a saved page"),
    ]

    static let groups: [(name: String, cases: [HostileCase])] = [
        ("empty and whitespace", emptyAndWhitespace), ("oversized", oversized), ("encodings and control characters", encodings),
        ("SQL and shell metacharacters", metacharacters), ("dates", dates), ("numbers and ids", numbersAndIDs),
        ("addresses and paths", addressesAndPaths), ("shapes", shapes), ("web pages", webPages),
    ]
}

@Suite(.tags(.trust)) struct HostileCorpusTests {
    @Test func theCorpusHasAtLeast150Cases() {
        #expect(HostileCorpus.groups.map(\.cases.count).reduce(0, +) >= 150)
    }

    @Test(arguments: HostileCorpus.groups.map(\.name))
    func everyBadInputIsRefusedInOneLineAndChangesNothing(group: String) throws {
        let cases = try #require(HostileCorpus.groups.first { $0.name == group }?.cases)
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.add(["Coordination is necessary.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        _ = try room.add(["He would resign if it were proven.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-01", "--paraphrase"])
        _ = try room.ok(["link", "2", "contradicts", "1"])
        _ = try room.ok(["retract", "1", "--reason", "recorded twice"])
        let files = try TemporaryDirectory.make(prefix: "claims-hostile")
        for (name, contents) in HostileFiles.files {
            try contents.write(to: files.appending(path: name))
        }
        let database = try room.database.connect()
        var before = try Self.fingerprint(database)

        for hostile in cases {
            let result: CommandResult
            if let raw = hostile.rawArguments {
                result = try ClaimsBinary.run(rawArguments: raw + [Array("--database-url".utf8), Array(room.database.url.utf8)], inputBytes: hostile.input)
            } else {
                let arguments = hostile.arguments.map { $0.hasPrefix("@") ? files.appending(path: String($0.dropFirst())).path : $0 }
                let url = arguments.contains("--database-url") || !hostile.connects ? [] : ["--database-url", room.database.url]
                result = try ClaimsBinary.run(arguments + url, inputBytes: hostile.input)
            }
            let label = "\(group): \(hostile.testDescription)"
            #expect(result.status < 128, "crashed: \(label): \(result)")
            #expect(result.status == hostile.code, "\(label): \(result)")
            if hostile.code == 0 {
                #expect(result.stderr.isEmpty, "\(label): \(result)")
            } else {
                #expect(result.stdout.isEmpty, "\(label): \(result)")
                #expect(result.stderr.hasPrefix("claims: ") && result.stderr.hasSuffix("\n"), "\(label): \(result)")
                #expect(result.stderr.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1, "\(label): \(result)")
                #expect(result.stderr.contains(hostile.says), "\(label): expected '\(hostile.says)': \(result)")
            }
            let after = try Self.fingerprint(database)
            #expect(after == before, "the database changed: \(label)")
            before = after  // one change is reported once, not again for every case after it
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/claims-pwned"))
    }

    /// Every row of every table, hashed per table: equal fingerprints mean an unchanged database.
    static func fingerprint(_ database: Connection) throws -> [String: String] {
        try Newsroom.fingerprint(
            database,
            tables: [
                "speakers", "speaker_names", "outlets", "sources", "source_pages", "claims", "claim_outlets", "claim_links", "reviews",
                "history", "schema_migrations",
            ], sequences: false)
    }
}
