// The news agency a story's text credits: its dateline ("LONDON, Dec 10 (Reuters) -", "MOSCOW,
// December 25. /TASS/."), or a known agency named as the story's source ("RIA Novosti reported",
// "according to Interfax", "told Reuters", "(AP)"). A story that credits an agency rests on the
// agency's reporting, whichever outlet published it.
import Basics

enum WireCredits {
    /// An agency and the names it is credited by; the first is the one recorded for a new outlet.
    struct Agency {
        var names: [String]
        /// Short names ("AP", "PA") are credited only in brackets or with a reporting phrase.
        var canonical: String { names[0] }
    }

    static let agencies: [Agency] = [
        ["Reuters", "Thomson Reuters"], ["Associated Press", "The Associated Press", "AP"],
        ["Agence France-Presse", "Agence France Presse", "AFP"], ["TASS", "ITAR-TASS"], ["RIA Novosti", "RIA"],
        ["Interfax"], ["Xinhua", "Xinhua News Agency"], ["Anadolu Agency", "Anadolu"], ["PA Media", "Press Association", "PA"],
        ["Deutsche Presse-Agentur", "dpa", "DPA"], ["EFE"], ["ANSA"], ["Kyodo News", "Kyodo"], ["Yonhap"], ["Bloomberg"],
        ["United Press International", "UPI"], ["Sputnik"], ["IRNA"], ["Press Trust of India", "PTI"], ["ANI"],
    ].map { Agency(names: $0) }

    /// Words before an agency's name that make it the story's source.
    static let before = ["according to ", "told ", "quoted by ", "citing ", "cited by ", "reported by ", "said in a statement to "]
    /// Words after it.
    static let after = [" reported", " reports", " quoted", " cited", " news agency", " said in a report", " has reported", " was told"]

    /// The agency `text` credits, as named there, unless it is `ownOutlet` (a story of the
    /// agency's own): the dateline's credit first, else the first known agency credited in it.
    static func credit(in text: String, ownOutlet: String?) -> String? {
        let own = ownOutlet.map(NameFolding.key)
        let ownAgency = ownOutlet.flatMap(agency(named:))
        func isOwn(_ name: String) -> Bool {
            let key = NameFolding.key(name)
            return key == own || ownAgency?.names.contains { NameFolding.key($0) == key } == true
        }
        if let dateline = Datelines.find(ArticleTokens(text)).credit, !isOwn(dateline) {
            return agency(named: dateline)?.canonical ?? dateline
        }
        var best: (offset: Int, name: String)?
        for agency in agencies where !isOwn(agency.canonical) {
            for name in agency.names {
                guard let offset = firstCredit(of: name, in: text) else { continue }
                if best.map({ offset < $0.offset }) ?? true { best = (offset, agency.canonical) }
            }
        }
        return best?.name
    }

    /// The known agency called `name`, if any.
    static func agency(named name: String) -> Agency? {
        let key = NameFolding.key(name)
        return agencies.first { $0.names.contains { NameFolding.key($0) == key } }
    }

    /// Where `name` is first credited in `text` ("(AP)", "/TASS/", "Reuters reported", "according
    /// to Interfax"), as a whole word, in its own case; nil if it never is.
    static func firstCredit(of name: String, in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(name.unicodeScalars)
        guard wanted.count <= scalars.count else { return nil }
        func isWordScalar(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
        }
        func matches(_ words: String, endingAt end: Int) -> Bool {
            let expected = Array(words.unicodeScalars)
            guard end - expected.count >= 0 else { return false }
            return zip(scalars[(end - expected.count)..<end], expected).allSatisfy { $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }
        }
        func matches(_ words: String, startingAt start: Int) -> Bool {
            let expected = Array(words.unicodeScalars)
            guard start + expected.count <= scalars.count else { return false }
            return zip(scalars[start..<(start + expected.count)], expected).allSatisfy { $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }
        }
        var index = 0
        while index + wanted.count <= scalars.count {
            defer { index += 1 }
            guard scalars[index] == wanted[0], Array(scalars[index..<(index + wanted.count)]) == wanted,
                !isWordScalar(index - 1), !isWordScalar(index + wanted.count)
            else { continue }
            let end = index + wanted.count
            let bracketed = index > 0 && end < scalars.count
                && ((scalars[index - 1] == "(" && scalars[end] == ")") || (scalars[index - 1] == "/" && scalars[end] == "/"))
            if bracketed || before.contains(where: { matches($0, endingAt: index) }) || after.contains(where: { matches($0, startingAt: end) }) {
                return index
            }
        }
        return nil
    }
}
