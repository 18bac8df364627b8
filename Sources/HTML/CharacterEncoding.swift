// Works out which character encoding a page is in and turns it into UTF-8, respecting both what
// the page declares and what its bytes are.
#if canImport(Glibc)
    import Glibc
#endif

/// Decides a page's encoding and decodes it.
///
/// The order is the browsers' (a byte-order mark, then the HTTP header, then `<meta charset>`),
/// with one check browsers skip: a declaration the bytes contradict loses. Pages declaring
/// ISO-8859-1 while sending UTF-8, or served as UTF-8 while written in windows-1252, are common
/// enough that trusting the label alone garbles every accented letter.
public enum CharacterEncoding {
    /// How far into the page `<meta charset>` is looked for. The HTML standard says 1,024 bytes;
    /// real pages put long comments and preload lists first.
    static let metaScanLimit = 16_384

    /// The page as UTF-8 bytes (NUL bytes dropped: they are never text, and libxml2 stops at them),
    /// and the encoding it was read in.
    public static func decode(_ bytes: [UInt8], declared headerCharset: String? = nil) -> (utf8: [UInt8], encoding: DetectedEncoding) {
        let encoding = detect(bytes, declared: headerCharset)
        var body = bytes[...]
        switch encoding.name {
        case "UTF-8" where body.starts(with: [0xEF, 0xBB, 0xBF]): body = body.dropFirst(3)
        case "UTF-16LE" where body.starts(with: [0xFF, 0xFE]), "UTF-16BE" where body.starts(with: [0xFE, 0xFF]):
            body = body.dropFirst(2)
        default: break
        }
        let utf8: [UInt8]
        if encoding.name == "UTF-8" {
            utf8 = Array(String(decoding: body, as: UTF8.self).utf8)
        } else {
            utf8 = convert(body, from: encoding.name) ?? Array(String(decoding: body, as: UTF8.self).utf8)
        }
        return (utf8.filter { $0 != 0 }, encoding)
    }

    /// The encoding `decode` would use.
    public static func detect(_ bytes: [UInt8], declared headerCharset: String? = nil) -> DetectedEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return DetectedEncoding(name: "UTF-8", reason: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return DetectedEncoding(name: "UTF-16LE", reason: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return DetectedEncoding(name: "UTF-16BE", reason: .byteOrderMark) }

        let header = headerCharset.flatMap(canonicalName)
        let meta = metaCharset(in: bytes).flatMap(canonicalName)
        var declarations: [(name: String, reason: DetectedEncoding.Reason)] = []
        // Servers that send a charset nobody chose (Apache's old ISO-8859-1 default) lose to the
        // page's own declaration.
        if let header, let meta, header == "WINDOWS-1252", headerCharset.map(isServerDefault) == true {
            declarations = [(meta, .metaTag), (header, .httpHeader)]
        } else {
            if let header { declarations.append((header, .httpHeader)) }
            if let meta, meta != header { declarations.append((meta, .metaTag)) }
        }

        let asciiOnly = !bytes.contains { $0 >= 0x80 }
        let validUTF8 = asciiOnly || String(validating: bytes, as: UTF8.self) != nil
        guard let first = declarations.first else {
            return DetectedEncoding(name: validUTF8 ? "UTF-8" : "WINDOWS-1252", reason: validUTF8 ? .validUTF8 : .fallback)
        }
        if first.name == "UTF-8" {
            if validUTF8 { return DetectedEncoding(name: "UTF-8", reason: first.reason) }
            let legacy = declarations.dropFirst().first { $0.name != "UTF-8" && isSupported($0.name) }
            return DetectedEncoding(name: legacy?.name ?? "WINDOWS-1252", reason: .declarationContradicted)
        }
        if first.name.hasPrefix("UTF-16") {
            // A page whose bytes are ASCII-compatible cannot be UTF-16, whatever it says.
            return DetectedEncoding(name: validUTF8 ? "UTF-8" : "WINDOWS-1252", reason: .declarationContradicted)
        }
        if !asciiOnly, validUTF8 { return DetectedEncoding(name: "UTF-8", reason: .declarationContradicted) }
        if isSupported(first.name) { return DetectedEncoding(name: first.name, reason: first.reason) }
        return DetectedEncoding(name: validUTF8 ? "UTF-8" : "WINDOWS-1252", reason: validUTF8 ? .validUTF8 : .fallback)
    }

    /// The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="...">` near the
    /// start of the page declares. A byte scan, as the HTML standard's prescan is: the parser
    /// cannot run before the encoding is known.
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, metaScanLimit)
        var index = 0
        while index + 5 < limit {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index + 1] == UInt8(ascii: "!"), index + 3 < limit, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                // Skip a comment: a commented-out meta declares nothing.
                index = find([0x2D, 0x2D, 0x3E], in: bytes, from: index + 4, before: limit) ?? limit
                continue
            }
            guard matchesIgnoringCase("meta", bytes, at: index + 1), index + 5 < limit,
                isSpaceOrSlash(bytes[index + 5])
            else {
                index += 1
                continue
            }
            let close = bytes[index..<limit].firstIndex(of: UInt8(ascii: ">")) ?? limit
            let tag = String(decoding: bytes[(index + 5)..<close], as: UTF8.self)
            let attributes = TagAttributes.parse(tag)
            if let charset = attributes["charset"], !charset.isEmpty { return charset }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
                let charset = MediaType(content).charset
            {
                return charset
            }
            index = close
        }
        return nil
    }

    /// The iconv name for a charset label, or nil for a label no one uses. Follows the HTML
    /// standard's label table where it differs from the label's own meaning: ISO-8859-1 and ASCII
    /// are read as windows-1252, a superset every browser uses for them.
    static func canonicalName(_ label: String) -> String? {
        let trimmed = label.trimmingSpacesAndQuotes().lowercased()
        guard !trimmed.isEmpty, trimmed.count < 40 else { return nil }
        switch trimmed {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
            "windows-1252", "cp1252", "x-cp1252", "ibm819", "iso-ir-100":
            return "WINDOWS-1252"
        case "iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", "cp1254": return "WINDOWS-1254"
        case "iso-8859-11", "tis-620", "windows-874", "cp874": return "WINDOWS-874"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932": return "CP932"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "chinese", "csgb2312": return "GB18030"
        case "euc-kr", "ks_c_5601-1987", "cp949", "windows-949", "korean": return "CP949"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "BIG5-HKSCS"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default:
            if trimmed.hasPrefix("iso-8859-") || trimmed.hasPrefix("iso8859-") || trimmed.hasPrefix("windows-125")
                || trimmed.hasPrefix("koi8") || trimmed.hasPrefix("euc-") || trimmed.hasPrefix("iso-2022-")
                || trimmed == "macintosh" || trimmed.hasPrefix("cp125") || trimmed == "ibm866"
            {
                let name = trimmed.replacing("iso8859-", with: "iso-8859-").replacing("cp125", with: "windows-125")
                return name.uppercased()
            }
            return nil
        }
    }

    static func isServerDefault(_ label: String) -> Bool {
        ["iso-8859-1", "iso8859-1", "latin1", "us-ascii", "ascii"].contains(label.trimmingSpacesAndQuotes().lowercased())
    }

    /// Whether this system's iconv can read the encoding.
    static func isSupported(_ name: String) -> Bool {
        let descriptor = iconv_open("UTF-8", name)
        guard Int(bitPattern: descriptor) != -1 else { return false }
        iconv_close(descriptor)
        return true
    }

    /// The bytes converted to UTF-8 by iconv; a byte that is not a character there becomes U+FFFD.
    static func convert(_ bytes: ArraySlice<UInt8>, from name: String) -> [UInt8]? {
        let descriptor = iconv_open("UTF-8", name)
        guard Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        input.withUnsafeMutableBufferPointer { inputBuffer in
            guard let base = inputBuffer.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let (converted, failure): (Int, Int32) = buffer.withUnsafeMutableBufferPointer { outBuffer in
                    guard let base = outBuffer.baseAddress else { return (0, EINVAL) }
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (outBuffer.count - outLeft, result == -1 ? errno : 0)
                }
                output.append(contentsOf: buffer[0..<converted])
                if failure == EILSEQ || failure == EINVAL {
                    // Not a character in this encoding (or cut off at the end): skip one byte.
                    output.append(contentsOf: replacement)
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                } else if failure != 0, failure != E2BIG {
                    break
                }
            }
        }
        // A stateful encoding (ISO-2022-JP) may owe a final shift back to its initial state.
        buffer.withUnsafeMutableBufferPointer { outBuffer in
            guard let base = outBuffer.baseAddress else { return }
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var outLeft = outBuffer.count
            if iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 {
                output.append(contentsOf: outBuffer[0..<(outBuffer.count - outLeft)])
            }
        }
        return output
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int) -> Int? {
        var index = start
        while index + needle.count <= limit {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }

    static func matchesIgnoringCase(_ word: String, _ bytes: [UInt8], at start: Int) -> Bool {
        let letters = Array(word.utf8)
        guard start + letters.count <= bytes.count else { return false }
        for (offset, letter) in letters.enumerated() where bytes[start + offset] | 0x20 != letter {
            return false
        }
        return true
    }

    static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x2F
    }
}

/// The attributes of one start tag's text (`meta charset="utf-8"`), for the encoding prescan only.
enum TagAttributes {
    static func parse(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var scalars = Substring(text).unicodeScalars[...]
        func skipSpace() {
            while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" || first == "/" || first == "\u{0C}" {
                scalars.removeFirst()
            }
        }
        while true {
            skipSpace()
            guard !scalars.isEmpty else { break }
            var name = ""
            while let first = scalars.first, first != "=", first != " ", first != "\t", first != "\n", first != "\r", first != "/" {
                name.unicodeScalars.append(first)
                scalars.removeFirst()
            }
            skipSpace()
            var value = ""
            if scalars.first == "=" {
                scalars.removeFirst()
                skipSpace()
                if let quote = scalars.first, quote == "\"" || quote == "'" {
                    scalars.removeFirst()
                    while let first = scalars.first, first != quote {
                        value.unicodeScalars.append(first)
                        scalars.removeFirst()
                    }
                    if !scalars.isEmpty { scalars.removeFirst() }
                } else {
                    while let first = scalars.first, first != " ", first != "\t", first != "\n", first != "\r" {
                        value.unicodeScalars.append(first)
                        scalars.removeFirst()
                    }
                }
            }
            let key = name.lowercased()
            if !key.isEmpty, result[key] == nil { result[key] = value }
        }
        return result
    }
}

extension String {
    func trimmingSpacesAndQuotes() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        let drop: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "\r" }
        while let first = scalars.first, drop(first) { scalars.removeFirst() }
        while let last = scalars.last, drop(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
