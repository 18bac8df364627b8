// Character encodings: what the bytes are, what the page says, and which wins.
import Testing
@testable import HTML

@Suite struct EncodingTests {
    @Test func metaCharsetIsFoundInTheHead() {
        let page = Array(#"<html><head><!-- <meta charset="koi8-r"> --><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>"#.utf8)
        #expect(CharacterEncoding.metaCharset(in: page) == "windows-1252")
    }
}

@Suite struct EncodingDecisionTests {
    static let accented = "<p>Caf\u{E9} \u{201C}cr\u{E8}me\u{201D}</p>"

    @Test func aBOMWinsOverEverything() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=iso-8859-2><p>x</p>".utf8)
        #expect(CharacterEncoding.detect(bytes, declared: "windows-1251") == DetectedEncoding(name: "UTF-8", reason: .byteOrderMark))
    }

    @Test func aMetaCharsetThatLiesAboutUTF8Loses() {
        let bytes = Array(("<meta charset=\"iso-8859-1\">" + Self.accented).utf8)
        let (utf8, encoding) = CharacterEncoding.decode(bytes)
        #expect(encoding == DetectedEncoding(name: "UTF-8", reason: .declarationContradicted))
        #expect(String(decoding: utf8, as: UTF8.self).contains("Café “crème”"))
    }

    @Test func aUTF8HeaderOverWindows1252BytesLosesToTheMetaTag() {
        var bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x94, 0x20, 0x80]
        let (utf8, encoding) = CharacterEncoding.decode(bytes, declared: "utf-8")
        #expect(encoding == DetectedEncoding(name: "WINDOWS-1252", reason: .declarationContradicted))
        #expect(String(decoding: utf8, as: UTF8.self).hasSuffix("Café “crème” €"))
    }

    @Test func iso88592IsReadAsDeclared() {
        let bytes = Array("<meta charset=\"ISO-8859-2\"><p>".utf8) + [0xE8, 0xF8, 0xB9, 0xBE]  // č ř š ž
        let (utf8, encoding) = CharacterEncoding.decode(bytes)
        #expect(encoding.name == "ISO-8859-2")
        #expect(String(decoding: utf8, as: UTF8.self).hasSuffix("čřšž"))
    }

    @Test func aServersDefaultLatin1LosesToThePagesOwnCharset() {
        let bytes = Array("<meta charset=\"windows-1251\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]  // Привет
        let (utf8, encoding) = CharacterEncoding.decode(bytes, declared: "ISO-8859-1")
        #expect(encoding == DetectedEncoding(name: "WINDOWS-1251", reason: .metaTag))
        #expect(String(decoding: utf8, as: UTF8.self).hasSuffix("Привет"))
    }

    @Test func noDeclarationFallsBackToWindows1252WhenTheBytesAreNotUTF8() {
        let bytes = Array("<p>na".utf8) + [0xEF, 0x76, 0x65]  // naïve
        let (utf8, encoding) = CharacterEncoding.decode(bytes)
        #expect(encoding == DetectedEncoding(name: "WINDOWS-1252", reason: .fallback))
        #expect(String(decoding: utf8, as: UTF8.self) == "<p>naïve")
    }

    @Test(arguments: [
        ("<!DOCTYPE html><p>x", true), ("  \n<html lang=en>", true), ("<!-- saved from url -->", true), ("<p>A paragraph", true),
        ("Headline\nOutlet\n2021-12-08\n\nText", false), ("<bogus>", false), ("%PDF-1.7", false), ("", false),
    ])
    func htmlIsRecognisedByItsStart(_ text: String, _ isHTML: Bool) {
        #expect(MarkupSniffer.looksLikeHTML(Array(text.utf8)) == isHTML)
    }
}

@Suite struct EntityTests {
    @Test func referencesInTextNoParserReadAreDecoded() {
        #expect(HTMLEntities.decode("Minister&#8217;s plan &amp; the &#x201C;quay&#x201D; &hellip;") == "Minister’s plan & the “quay” …")
        #expect(HTMLEntities.decode("AT&T; 5 & 6; &unknown; &#0; &") == "AT&T; 5 & 6; &unknown; &#0; &")
    }
}
