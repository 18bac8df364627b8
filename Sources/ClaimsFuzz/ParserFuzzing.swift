// The parsers that read untrusted text, driven by arbitrary bytes: the article parser, the date
// parser (absolute and relative dates), the ClaimReview reader and the web page reader. Built with
// `-sanitize=fuzzer -DFUZZING` (scripts/fuzz) this is a libFuzzer target; built plainly it replays
// files, which is how a crash the fuzzer found stays fixed (Tests/Fixtures/fuzz, FuzzRegressionTests).
import ClaimsCore
import Foundation
import Basics

enum ParserFuzzing {
    /// Feeds one input to every parser and checks what each promises; a broken promise traps,
    /// which libFuzzer reports as a crash with the input that caused it.
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let today = CalendarDate(year: 2026, month: 11, day: 29)!
        let published = CalendarDate(year: 2015, month: 12, day: 2)!

        let article = ArticleParser.parse(text)
        precondition(!article.body.contains("\n\n\n"), "paragraphs more than one blank line apart")
        precondition(article.headline.map { !$0.isEmpty && !$0.contains("\n") } ?? true, "a blank or multi-line headline")

        // Extraction: every proposal's words lie in the body, in its sentence, and a quotation is
        // found again where it was proposed (so --apply can anchor it).
        let known = [KnownSpeaker(name: "Helen Marsh", aliases: ["Marsh", "the minister"], role: "transport minister")]
        let bodyLength = article.body.unicodeScalars.count
        for proposal in ClaimExtractor(known: known, published: published).extract(from: article.body) {
            precondition(0 <= proposal.sentenceStart && proposal.sentenceStart <= proposal.start, "a claim before its sentence")
            precondition(proposal.start < proposal.end && proposal.end <= bodyLength, "offsets outside the article")
            precondition(!proposal.text.isEmpty && !proposal.speaker.isEmpty, "a blank claim or speaker")
            precondition((0...1).contains(proposal.confidence), "a confidence outside 0...1")
            if proposal.kind == .quote {
                precondition(QuoteMatcher.find(proposal.text, in: article.body) != nil, "a quotation that cannot be anchored: \(proposal.text)")
            }
        }

        // A date that parses prints as text that parses to the same date, and is not in the future.
        for candidate in [text, String(text.prefix(32))] {
            if let date = try? SaidDate.parse(candidate, today: today) {
                precondition((try? SaidDate.parse(date.description, today: today)) == date, "\(date) does not read back")
                precondition(date.start <= today, "\(date) is after today")
            }
            if let (date, _) = try? SaidDate.parse(candidate, published: published, today: today) {
                precondition(date.start <= today, "\(date) is after today")
            }
            if let day = RelativeDate.resolve(candidate, published: published) {
                precondition(day <= published, "'\(candidate)' resolved to \(day), after the article")
            }
        }

        // A web page: any bytes in any encoding; paragraphs are single lines of text, none blank,
        // metadata values are never blank or multi-line, and a page is either an article or not.
        let reading = WebPageReader.read(Array(data))
        precondition(reading.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") }, "a blank or multi-line paragraph")
        precondition(reading.notAnArticle != nil || !reading.paragraphs.isEmpty, "an article without paragraphs")
        for value in [reading.metadata.headline?.value, reading.metadata.outlet?.value, reading.metadata.language?.value].compactMap({ $0 }) {
            precondition(!value.isEmpty && !value.contains("\n"), "a blank or multi-line metadata value")
        }
        if let published = reading.metadata.published?.value.day {
            precondition(published <= today.adding(days: 40_000), "an impossible publication date")
        }

        if let items = try? ClaimReviewReader.read(data) {
            for case .success(let item) in items {
                precondition(!item.claimText.isEmpty && !item.speakerName.isEmpty && !item.reviewURL.isEmpty, "an item with a blank field")
                precondition((item.ratingValue == nil) == (item.bestRating == nil), "a rating value without its scale")
            }
        }
    }
}

#if FUZZING
/// libFuzzer's driver, called from our own entry point (SwiftPM names an executable's entry point
/// itself, so libFuzzer's `main` cannot be the program's).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum Fuzz {
    /// CLAIMS_FUZZ_LAST names a file that holds each input while it runs: a stack overflow kills
    /// the process before libFuzzer can keep the input, and scripts/fuzz keeps this file instead.
    nonisolated(unsafe) static var last: CInt = -1

    static func main() {
        if let path = ProcessInfo.processInfo.environment["CLAIMS_FUZZ_LAST"] {
            last = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in
            if Fuzz.last >= 0, let start {
                _ = ftruncate(Fuzz.last, 0)
                _ = pwrite(Fuzz.last, start, count, 0)
            }
            ParserFuzzing.run(start.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
#else
/// `claims-fuzz FILE-OR-DIRECTORY...`: runs every file through the parsers once.
@main
enum Replay {
    static func main() throws {
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            let url = URL(fileURLWithPath: argument)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let files = isDirectory.boolValue
                ? try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
                : [url]
            for file in files {
                ParserFuzzing.run(try Data(contentsOf: file))
                count += 1
            }
        }
        print("claims-fuzz: \(count) inputs, no crash")
    }
}
#endif
