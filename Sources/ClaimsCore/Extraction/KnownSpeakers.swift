// The speakers a newsroom has recorded, indexed for the resolver: by folded name and alias, by
// each word of those (for a surname on its own), by alias as a description ("the governor") and
// by role word, so that resolving a mention costs the same with ten recorded speakers or ten
// thousand.

struct KnownSpeakers {
    let speakers: [KnownSpeaker]
    private var byKey: [String: Int] = [:]
    private var byWord: [String: [Int]] = [:]
    private var byRoleWord: [String: [Int]] = [:]
    private var roles: [Set<String>] = []
    private var keys: [[String]] = []

    init(_ speakers: [KnownSpeaker]) {
        self.speakers = speakers
        for (index, speaker) in speakers.enumerated() {
            let names = ([speaker.name] + speaker.aliases).map(NameFolding.key)
            keys.append(names)
            for key in names {
                // "the governor" is also found as "governor".
                for form in key.hasPrefix("the ") ? [key, String(key.dropFirst(4))] : [key] where byKey[form] == nil { byKey[form] = index }
                for word in Set(key.split(separator: " ").map(String.init)) { byWord[word, default: []].append(index) }
            }
            let roleWords = Set(SpeakerResolver.words(speaker.role ?? ""))
            roles.append(roleWords)
            for word in roleWords { byRoleWord[word, default: []].append(index) }
        }
    }

    /// The speaker with this name or alias (folded).
    func named(_ key: String) -> KnownSpeaker? {
        byKey[key].map { speakers[$0] }
    }

    /// The speakers whose name or an alias has every word of `key` ("marsh" in "helen marsh").
    func containing(_ key: String) -> [KnownSpeaker] {
        guard let first = key.split(separator: " ").first, let candidates = byWord[String(first)] else { return [] }
        return candidates.filter { keys[$0].contains { SpeakerResolver.containsWords($0, key) } }.map { speakers[$0] }
    }

    /// Whether some speaker's name or alias has this one word.
    func hasWord(_ word: String) -> Bool {
        byWord[word] != nil
    }

    /// The first speaker whose role has every one of `words`.
    func withRole(_ words: Set<String>) -> KnownSpeaker? {
        guard let first = words.first, let candidates = byRoleWord[first] else { return nil }
        return candidates.first { words.isSubset(of: roles[$0]) }.map { speakers[$0] }
    }
}
