// How alike two stories' texts are, cheaply: a MinHash signature over each text's word 5-grams,
// stored with the source, whose agreement estimates the share of 5-grams the texts have in common
// (their Jaccard resemblance); and band keys, so that an index finds the few earlier sources worth
// comparing instead of all of them.
import Basics

struct TextSignature: Equatable {
    /// Values in a signature: the estimate's standard error is about 0.06 at 64.
    static let size = 64
    /// 21 bands of 3 values (63 of the 64): two texts 50% alike share a band 94 times in 100, 60%
    /// alike 99 in 100, 20% alike 15 in 100; 1 - (1 - s³)²¹.
    static let bands = 21
    static let bandRows = 3
    /// Words per shingle: five-word runs are rarely shared by independent reporting, except in
    /// quotations and stock phrases; a copied story shares most of them.
    static let shingleWords = 5
    /// Texts at least this alike are one story: a copy rests on the earlier one. A portal that adds
    /// its own first paragraph and cuts the last keeps well above it; two outlets' own reports of
    /// one event, quoting the same sentences, stay well below (about 0.1 to 0.2).
    static let restsOnThreshold = 0.5

    /// Stored as bigint[]: the 64-bit hashes' bit patterns.
    var values: [Int]

    /// The signature of `text`; nil for a text too short to judge (under 25 words).
    init?(text: String) {
        let words = QuoteDrift.words(text).map(QuoteDrift.key)
        guard words.count >= 25 else { return nil }
        var minima = [UInt64](repeating: .max, count: Self.size)
        for start in 0...(words.count - Self.shingleWords) {
            var shingle = Self.offset
            for word in words[start..<(start + Self.shingleWords)] {
                for byte in word.utf8 { shingle = (shingle ^ UInt64(byte)) &* Self.prime }
                shingle = (shingle ^ 0x20) &* Self.prime
            }
            for index in 0..<Self.size {
                let value = Self.mix(shingle ^ Self.seeds[index])
                if value < minima[index] { minima[index] = value }
            }
        }
        values = minima.map { Int(Int64(bitPattern: $0)) }
    }

    init(values: [Int]) {
        self.values = values
    }

    /// A signature as `array_to_string(text_signature, ',')` gives it back.
    init?(stored: String) {
        let values = stored.split(separator: ",").compactMap { Int($0) }
        guard values.count == Self.size else { return nil }
        self.values = values
    }

    /// The share of signature values two texts agree on: an estimate of their resemblance.
    func resemblance(to other: TextSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        return Double(zip(values, other.values).count(where: { $0 == $1 })) / Double(values.count)
    }

    /// One key per band: texts that share a key are candidates for comparison.
    var bandKeys: [Int] {
        guard values.count >= Self.bands * Self.bandRows else { return [] }
        return (0..<Self.bands).map { band in
            var key = Self.offset ^ UInt64(band)
            for value in values[(band * Self.bandRows)..<((band + 1) * Self.bandRows)] { key = Self.mix(key ^ UInt64(bitPattern: Int64(value))) }
            return Int(Int64(bitPattern: key))
        }
    }

    // FNV-1a for the shingles, SplitMix64's finaliser for the hash functions.
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix(0x9e37_79b9_7f4a_7c15 &* ($0 + 1)) }

    private static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
