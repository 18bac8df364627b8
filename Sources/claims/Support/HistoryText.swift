// `claims history` in sentences: "date said changed from 2021-12-07 to 2021-12-08", "speaker
// changed from A to B", "linked as contradicting #4", never a column name.
import ClaimsCore
import FoundationEssentials
import Basics

/// Reads the rows a history entry stored (as the database wrote them) and says what changed.
struct HistorySentences {
    var claim: Int
    var names: HistoryNames

    /// The sentences for one entry; more than one for an update of several fields.
    func sentences(_ entry: HistoryEntry) -> [String] {
        let old = Self.fields(entry.oldRow)
        let new = Self.fields(entry.newRow)
        switch entry.table {
        case "claims": return claimSentences(entry.operation, old: old, new: new)
        case "claim_outlets":
            let outlet = outletName(new.isEmpty ? old : new)
            switch entry.operation {
            case .insert: return ["relayed via \(outlet) recorded"]
            case .delete: return ["relay via \(outlet) removed"]
            case .update: return ["relay via \(outlet) changed"]
            }
        case "claim_links": return [linkSentence(entry.operation, row: entry.operation == .delete ? old : new)]
        case "reviews":
            let row = entry.operation == .delete ? old : new
            let verdict = "\(Self.text(row["rating"]) ?? "a verdict") by \(Self.text(row["author"]) ?? "someone")"
            switch entry.operation {
            case .insert: return ["fact-check recorded: \(verdict)"]
            case .delete: return ["fact-check removed: \(verdict)"]
            case .update: return ["fact-check changed: \(verdict)"]
            }
        default:
            return ["\(entry.table.replacingScalars("_", with: " ")) \(entry.operation.rawValue.lowercased())d"]
        }
    }

    private func claimSentences(_ operation: HistoryEntry.Operation, old: [String: JSONValue], new: [String: JSONValue]) -> [String] {
        switch operation {
        case .insert: return ["claim recorded"]
        case .delete: return ["claim deleted"]
        case .update: break
        }
        let changed = Set(new.keys.filter { old[$0] != new[$0] })
        var sentences: [String] = []
        func said(_ row: [String: JSONValue]) -> String? {
            guard let day = Self.text(row["said_on"]) else { return nil }
            switch Self.text(row["said_precision"]) {
            case "year": return String(day.prefix(4))
            case "month": return String(day.prefix(7))
            default: return day
            }
        }
        if changed.contains("text") {
            sentences.append("text changed from “\(Self.text(old["text"]) ?? "")” to “\(Self.text(new["text"]) ?? "")”")
        }
        if changed.contains("said_on") || changed.contains("said_precision") {
            sentences.append(Self.setting("date said", from: said(old), to: said(new)))
        }
        if changed.contains("said_phrase") {
            sentences.append(Self.setting("the article's words for the date", from: Self.text(old["said_phrase"]).map { "“\($0)”" }, to: Self.text(new["said_phrase"]).map { "“\($0)”" }))
        }
        if changed.contains("speaker_id") {
            sentences.append("speaker changed from \(speakerName(old)) to \(speakerName(new))")
        }
        if changed.contains("source_id") {
            sentences.append("source changed from \(sourceName(old, "source_id", "source")) to \(sourceName(new, "source_id", "source"))")
        }
        if changed.contains("kind") {
            sentences.append(Self.text(new["kind"]) == "paraphrase" ? "now a paraphrase, not a verbatim quote" : "now a verbatim quote, not a paraphrase")
        }
        if changed.contains("language") {
            sentences.append(Self.setting("language", from: Self.text(old["language"]), to: Self.text(new["language"])))
        }
        if changed.contains("topics") {
            sentences.append(Self.setting("topics", from: Self.list(old["topics"]), to: Self.list(new["topics"])))
        }
        if changed.contains("retracted_at") {
            sentences.append(new["retracted_at"] == .null || new["retracted_at"] == nil ? "retraction withdrawn" : "retracted")
        }
        if changed.contains("anchor_start") || changed.contains("anchor_end") {
            if let start = Self.number(new["anchor_start"]), let end = Self.number(new["anchor_end"]) {
                sentences.append("anchored in the source's text at characters \(start)–\(end)")
            } else {
                sentences.append("no longer anchored in the source's text")
            }
        }
        let said = ["text", "said_on", "said_precision", "said_phrase", "speaker_id", "source_id", "kind", "language", "topics"]
        let quiet = ["retracted_at", "retraction_reason", "anchor_start", "anchor_end", "anchor_prefix", "anchor_suffix", "created_at", "id"]
        for field in changed.subtracting(said + quiet).sorted() {
            sentences.append(Self.setting(field.replacingScalars("_", with: " "), from: Self.plain(old[field]), to: Self.plain(new[field])))
        }
        return sentences.isEmpty ? ["claim saved unchanged"] : sentences
    }

    private func linkSentence(_ operation: HistoryEntry.Operation, row: [String: JSONValue]) -> String {
        let relation = Relation(rawValue: Self.text(row["relation"]) ?? "") ?? .respondsTo
        let target = Self.number(row["claim_id"]) ?? 0
        let words: String
        if Self.number(row["from_claim_id"]) == claim {
            words = "linked as \(relation.participle) #\(target)"
        } else if let from = Self.number(row["from_claim_id"]) {
            words = "#\(from) linked as \(relation.participle) this claim"
        } else {
            words = "report \(sourceName(row, "from_source_id", "from_source")) linked as \(relation.participle) this claim"
        }
        switch operation {
        case .insert: return words
        case .delete: return "link removed: " + words
        case .update: return "link changed: " + words
        }
    }

    // A row imported from another database names what is not here by its name or address, beside
    // a null id ("speaker": "D. Peskov"); see JSONLHistory.

    private func speakerName(_ row: [String: JSONValue]) -> String {
        Self.number(row["speaker_id"]).map { names.speakers[$0] ?? "speaker #\($0)" } ?? Self.text(row["speaker"]) ?? "nobody"
    }

    private func sourceName(_ row: [String: JSONValue], _ idKey: String, _ nameKey: String) -> String {
        Self.number(row[idKey]).map { id in names.sources[id].map { "#\(id) \($0)" } ?? "#\(id)" } ?? Self.text(row[nameKey]) ?? "none"
    }

    private func outletName(_ row: [String: JSONValue]) -> String {
        Self.number(row["outlet_id"]).map { names.outlets[$0] ?? "outlet #\($0)" } ?? Self.text(row["outlet"]) ?? "an outlet"
    }

    /// "X set to B", "X changed from A to B", "X cleared (was A)".
    static func setting(_ thing: String, from old: String?, to new: String?) -> String {
        switch (old, new) {
        case (nil, let new?): "\(thing) set to \(new)"
        case (let old?, nil): "\(thing) cleared (was \(old))"
        case (let old?, let new?): "\(thing) changed from \(old) to \(new)"
        case (nil, nil): "\(thing) changed"
        }
    }

    static func fields(_ json: String?) -> [String: JSONValue] {
        guard let json, case .object(let fields)? = JSONValue(text: json) else { return [:] }
        return fields
    }

    static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    static func number(_ value: JSONValue?) -> Int? {
        if case .number(let number)? = value, number == number.rounded(), abs(number) < 1e15 { return Int(number) }
        return nil
    }

    static func list(_ value: JSONValue?) -> String? {
        guard case .array(let items)? = value, !items.isEmpty else { return nil }
        return items.compactMap(text).joined(separator: ", ")
    }

    static func plain(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: text
        case .number?: number(value).map(String.init) ?? "\(value.map { "\($0)" } ?? "")"
        case .bool(let flag)?: flag ? "yes" : "no"
        case .array?: list(value)
        default: nil
        }
    }
}

extension Relation {
    /// For a link as the history tells it: "linked as contradicting #4".
    var participle: String {
        switch self {
        case .corroborates: "corroborating"
        case .contradicts: "contradicting"
        case .respondsTo: "a response to"
        case .sameStatement: "another report of"
        }
    }
}
