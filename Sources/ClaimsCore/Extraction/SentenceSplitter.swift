// Splits article paragraphs into sentences without breaking inside quotations or after "Mr." or "Nov.".
import FoundationEssentials

enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt", "prof", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "no", "vs", "jr", "sr",
    ]

    static func sentences(in body: String) -> [String] {
        body.components(separatedBy: "\n\n").flatMap(split)
    }

    static func split(_ paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var current = ""
        var inQuote = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if character == "“" { inQuote = true }
            if character == "”" { inQuote = false }
            if character == "\"" { inQuote.toggle() }
            if !inQuote, ".?!".contains(character) {
                // A closing quote right after the stop belongs to this sentence.
                var end = index + 1
                while end < characters.count, "\"”’')".contains(characters[end]) {
                    current.append(characters[end])
                    end += 1
                }
                let nextIsStart = end + 1 < characters.count && characters[end] == " "
                    && (characters[end + 1].isUppercase || "\"“‘'".contains(characters[end + 1]))
                let lastWord = current.dropLast(end - index).split(separator: " ").last.map {
                    $0.lowercased().trimming(charactersIn: ".\"“”(") } ?? ""
                if (end >= characters.count || nextIsStart) && !abbreviations.contains(lastWord)
                    && !(lastWord.count == 1 && character == ".")
                {
                    sentences.append(current.trimmingWhitespace())
                    current = ""
                    index = end
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        let rest = current.trimmingWhitespace()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}


