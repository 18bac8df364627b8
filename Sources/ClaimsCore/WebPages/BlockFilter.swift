// The last phase of body extraction: text blocks inside the article's container that are still
// not article text (labels, bylines, date lines, standfirsts, teasers, credits, pitches, author
// notes), judged by their words and their place.
internal import HTML

enum BlockFilter {
    /// A block this long, or a shorter one ending a sentence, is the article proper; the short
    /// lines before the first such block are its header (kicker, byline, dates).
    static let substantialLength = 120
    static let maximumLabelLength = 60

    /// What the page says about itself, to recognise its header and footer lines.
    struct Context {
        var headline: String?
        /// The page's description (og:description, meta description): often the standfirst.
        var description: String?
        var authors: [String] = []
        var outlet: String?
        /// The page's main `<h1>`, beside which a standfirst sits.
        var mainHeading: HTMLDocument.NodeID?
    }

    /// The paragraphs of the article, in order.
    static func clean(_ blocks: [TextBlock], context: Context, document: HTMLDocument) -> [String] {
        let headlineKey = context.headline.map(TextKey.of) ?? ""
        let authorKeys = Set(context.authors.map(TextKey.of))
        var candidates = blocks.filter { block in
            let key = TextKey.of(block.text)
            guard !key.isEmpty, key != headlineKey, !authorKeys.contains(key) else { return false }
            return !(isLabel(block.text) || isTeaser(block) || isCredit(block.text) || isDateLine(block.text) || isPitch(block.text))
        }
        candidates = withoutHeader(candidates, among: blocks, description: context.description, mainHeading: context.mainHeading, document: document)
        candidates = withoutTrailer(candidates, context: context)

        var kept: [String] = []
        var seen: Set<String> = []
        for block in candidates {
            // The same words twice (a print copy, a repeated pull quote): once.
            let key = TextKey.of(block.text)
            if key.count >= 20, seen.contains(key) { continue }
            seen.insert(key)
            kept.append(block.text)
        }
        return kept
    }

    /// Drops the article's header: everything before its first substantial paragraph that is a
    /// kicker, heading or short line, everything before a byline or date line near the top, and a
    /// standfirst that repeats the page's description.
    static func withoutHeader(
        _ blocks: [TextBlock], among all: [TextBlock], description: String?, mainHeading: HTMLDocument.NodeID?, document: HTMLDocument
    ) -> [TextBlock] {
        // A byline or date line before the first substantial paragraph ends the header: what
        // comes before it is kicker, headline and standfirst. (A video's running time after the
        // first paragraph is not a date line of the article's.)
        var headerEnd = -1
        for block in all {
            if isSubstantial(block.text), block.kind != .heading { break }
            if isByline(block.text) || isDateLine(block.text) { headerEnd = block.index }
        }
        var result: [TextBlock] = []
        var inArticle = false
        for (index, block) in blocks.enumerated() {
            if !inArticle {
                if block.index <= headerEnd { continue }
                if result.isEmpty, block.kind == .heading || isByline(block.text) || (block.text.count < 50 && !endsSentence(block.text)) {
                    continue
                }
                guard isSubstantial(block.text) else {
                    result.append(block)
                    continue
                }
                inArticle = true
                // A standfirst: the description's words, set apart from the paragraphs that
                // follow (another element, or another class); a lead paragraph like the rest stays.
                if let description, similar(block.text, description), index + 1 < blocks.count,
                    isSetApart(block, from: blocks[index + 1], mainHeading: mainHeading, document)
                {
                    continue
                }
            }
            result.append(block)
        }
        return result
    }

    /// A standfirst sits with the headline (in the element that holds the `<h1>`) and looks unlike
    /// the paragraphs after it (another element or class); a lead paragraph does neither.
    static func isSetApart(_ block: TextBlock, from next: TextBlock, mainHeading: HTMLDocument.NodeID?, _ document: HTMLDocument) -> Bool {
        guard let mainHeading, let parent = document.parent(block.owner), document.isDescendant(mainHeading, of: parent) else { return false }
        let name = document.name(block.owner)
        guard name == document.name(next.owner) else { return true }
        return document.attribute("class", of: block.owner) != document.attribute("class", of: next.owner)
    }

    /// Drops what follows the article in its container: a press release's contacts and "About
    /// the ..." boilerplate, and a closing note on who the authors are.
    static func withoutTrailer(_ blocks: [TextBlock], context: Context) -> [TextBlock] {
        var result = blocks
        if let stop = result.firstIndex(where: { isTrailerHeading($0, outlet: context.outlet) }), stop > 0 {
            result.removeSubrange(stop...)
        }
        while let last = result.last, result.count > 1, isAuthorNote(last.text, authors: context.authors) {
            result.removeLast()
        }
        return result
    }

    static func isTrailerHeading(_ block: TextBlock, outlet: String?) -> Bool {
        guard block.text.count <= 80 else { return false }
        let lower = lowered(block.text)
        if ["media contact", "media contacts", "press contact", "press contacts", "media enquiries", "press enquiries",
            "notes to editors", "note to editors", "about the author", "about the authors", "for more information",
        ].contains(lower) {
            return true
        }
        if let outlet, lower.hasPrefix("about ") {
            // "About the Halvorsen Institute" under a release of the Halvorsen Institute for Coastal Research.
            let subject = Set(lower.dropFirst(6).split(separator: " ").map(String.init)).subtracting(["the", "us"])
            let outletWords = Set(outlet.lowercased().split(separator: " ").map(String.init))
            return !subject.isEmpty && subject.isSubset(of: outletWords)
        }
        return false
    }

    /// "Ana Ruiz covers climate for the Sentinel." after the article.
    static func isAuthorNote(_ text: String, authors: [String]) -> Bool {
        guard text.count <= 400 else { return false }
        let lower = text.lowercased()
        let startsWithAuthor = authors.contains { !$0.isEmpty && lower.hasPrefix($0.lowercased()) }
        let describesWork = [" covers ", " is a ", " is the ", " reports on ", " writes about ", " can be reached", " is an "]
            .contains { lower.contains($0) }
        // "X contributed to this report" is the wire's own closing line, part of the story.
        return startsWithAuthor && describesWork || lower.contains("can be reached at")
    }

    /// Most words shared (Dice coefficient of the word sets at least 0.7).
    static func similar(_ first: String, _ second: String) -> Bool {
        let a = Set(first.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let b = Set(second.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        guard a.count >= 5, b.count >= 5 else { return false }
        return Double(2 * a.intersection(b).count) / Double(a.count + b.count) >= 0.7
    }

    static func isSubstantial(_ text: String) -> Bool {
        text.count >= substantialLength || (text.count >= 60 && endsSentence(text))
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !["\"", "'", "”", "’", "»", ")", "」", "』"].contains($0) }) else { return false }
        return [".", "!", "?", "…", "。", "！", "？", "؟", ":"].contains(last)
    }

    /// Lower-cased, without punctuation or dashes at either end ("- פרסומת -", "Read more »").
    static func lowered(_ text: String) -> String {
        var lower = Substring(text.lowercased())
        let trim: (Character) -> Bool = { ":.!|›»>-–—•·«<*()[]".contains($0) || $0.isWhitespace }
        while let last = lower.last, trim(last) { lower.removeLast() }
        while let first = lower.first, trim(first) { lower.removeFirst() }
        return String(lower)
    }

    /// "Advertisement", "Share this article", "Read more", "Leia também".
    static func isLabel(_ text: String) -> Bool {
        guard text.count <= maximumLabelLength else { return false }
        let lower = lowered(text)
        // A link's hint for screen readers: "Acquire Licensing Rights, opens new tab".
        if lower.hasSuffix("opens new tab") || lower.hasSuffix("opens in new tab") || lower.hasSuffix("opens in a new window")
            || lower.hasSuffix("opens in new window")
        {
            return true
        }
        return BoilerplateHints.labelLines.contains(lower) || BoilerplateHints.teaserOpenings.contains(lower)
            || isSectionLabel(text)
    }

    /// The label of a box of furniture: "Related stories", "More from Cornwall".
    static func isSectionLabel(_ text: String) -> Bool {
        guard text.count <= maximumLabelLength else { return false }
        let lower = lowered(text)
        return BoilerplateHints.sectionLabels.contains(lower)
            || BoilerplateHints.sectionLabelOpenings.contains { lower.hasPrefix($0) && lower.count < 40 }
    }

    /// "Read more: Ministers split over harbour plan" as a link between paragraphs, or any block
    /// that is almost all link.
    static func isTeaser(_ block: TextBlock) -> Bool {
        if block.linkDensity >= 0.75 { return true }
        let lower = block.text.lowercased()
        return block.linkDensity >= 0.3 && BoilerplateHints.teaserOpenings.contains { lower.hasPrefix($0) }
            || block.text.count < 200 && BoilerplateHints.teaserOpenings.contains { lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + " |") }
    }

    /// "Photo: Jane Roe/Harbour Gazette", "(Getty Images)", "© 2021 Harbour Gazette".
    static func isCredit(_ text: String) -> Bool {
        guard text.count < 160 else { return false }
        let lower = text.lowercased()
        for opening in [
            "photo:", "photo by", "photos:", "image:", "image source", "picture:", "credit:", "photograph:", "foto:", "bild:",
            "фото:", "fotoğraf:", "©", "(c) ", "copyright ", "all rights reserved", "tags:", "topics:", "filed under",
            "getty images", "illustration:",
        ] where lower.hasPrefix(opening) {
            return true
        }
        // A caption's closing credit: "... on May 14, 2024. (UNW Photo/Gareth Lindqvist, File)".
        if lower.hasSuffix(")"), let open = lower.lastIndex(of: "("), lower[open...].contains(" photo/") || lower[open...].hasPrefix("(photo") {
            return true
        }
        return lower.hasSuffix("getty images") || lower.hasSuffix("all rights reserved.") || lower.hasSuffix("all rights reserved")
    }

    /// "Updated 3 hours ago", "Published: 8 December 2021, 10:42", "5 min read", "10:42 GMT".
    static func isDateLine(_ text: String) -> Bool {
        guard text.count <= 80 else { return false }
        let lower = text.lowercased()
        if BoilerplateHints.dateLineOpenings.contains(where: { lower.hasPrefix($0) }), lower.split(separator: " ").count <= 8 {
            return true
        }
        if lower.hasSuffix("min read") || lower.hasSuffix("minute read") || lower.hasSuffix("minutes read")
            || lower.hasPrefix("reading time") || lower.hasSuffix(" ago")
        {
            return true
        }
        // Mostly digits, month names and clock marks: a date or a time on its own.
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "·" || $0 == "/" })
        guard !words.isEmpty, words.count <= 8 else { return false }
        let datey = words.filter { word in
            word.contains(where: \.isNumber) || DateText.month(String(word)) != nil || DateText.weekday(String(word))
                || ["am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "pt", "msk", "ist", "at", "on", "de", "of", "um", "uhr", "à", "h", "-", "–"].contains(String(word))
        }
        return datey.count == words.count && words.contains(where: { $0.contains(where: \.isNumber) })
    }

    /// "By Ana Ruiz and Tom Okafor, Staff writers".
    static func isByline(_ text: String) -> Bool {
        guard text.count <= 120 else { return false }
        let lower = text.lowercased()
        return ["by ", "by: ", "von ", "par ", "por ", "di ", "door ", "av ", "автор", "от ", "written by", "words by"]
            .contains { lower.hasPrefix($0) } && !endsSentence(text)
    }

    /// "Sign up for our newsletter ...", "Have you got a story? Contact the newsdesk ..." set
    /// inside the text.
    static func isPitch(_ text: String) -> Bool {
        guard text.count < 240 else { return false }
        let lower = text.lowercased()
        return lower.contains("newsletter") && (lower.contains("sign up") || lower.contains("subscribe") || lower.contains("inbox"))
            || ["subscribe to", "sign up for", "sign in to", "log in to", "already a subscriber", "follow us on",
                "download our app", "have you got a story", "got a story", "do you have a story", "send us your",
                "share your photos", "tip us off", "contact the newsdesk", "by submitting you agree", "support our journalism",
            ].contains { lower.hasPrefix($0) }
    }
}
