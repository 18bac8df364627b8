// Dates as pages and article files write them: machine forms in metadata ("2021-12-08T23:30:00-05:00",
// "Wed, 08 Dec 2021 10:00:00 GMT", "2021/12/08") and words in the text ("8 December 2021",
// "Dec. 8, 2021", "8. Dezember 2021", "8 декабря 2021", "2021年12月8日").
import FoundationEssentials
internal import Postgres
import Basics

/// A publication date as the publisher wrote it: the day in the publisher's own time zone, and the
/// text it came from (with its time and offset, when it had them).
public struct PageDate: Sendable, Equatable {
    public var day: CalendarDate
    public var written: String
}

enum DateText {
    /// Earliest year taken for a publication date.
    static let earliestYear = 1800

    /// A date in a machine form. A timestamp's day is the one written, before any offset is
    /// applied: "2021-12-08T23:30:00-05:00" was published on 8 December where it was written,
    /// though it was already the 9th in UTC.
    static func machine(_ text: String) -> PageDate? {
        machine(text, orWords: true)
    }

    /// `orWords: false` reads the numeric forms only: `numeric` calls it for a token that the
    /// word forms would hand straight back to `numeric`.
    static func machine(_ text: String, orWords: Bool) -> PageDate? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80 else { return nil }
        let bytes = Array(trimmed.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard (48...57).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, then anything (a time, an offset).
        if let year = digits(0..<4), bytes.count >= 8, [45, 47, 46].contains(bytes[4]) {
            let separator = bytes[4]
            var index = 5
            var month = 0
            var count = 0
            while index < bytes.count, (48...57).contains(bytes[index]), count < 2 {
                month = month * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            guard count > 0, index < bytes.count, bytes[index] == separator else { return nil }
            index += 1
            var day = 0
            count = 0
            while index < bytes.count, (48...57).contains(bytes[index]), count < 2 {
                day = day * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            guard count > 0, index == bytes.count || !(48...57).contains(bytes[index]) else { return nil }
            return make(year, month, day, trimmed)
        }
        // YYYYMMDD, alone or before a time.
        if let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8), bytes.count == 8 || !(48...57).contains(bytes[8]) {
            return make(year, month, day, trimmed)
        }
        // "Wed, 08 Dec 2021 10:00:00 GMT" (RFC 2822) and other word forms.
        if orWords, let day = words(trimmed) { return PageDate(day: day, written: trimmed) }
        return nil
    }

    static func make(_ year: Int, _ month: Int, _ day: Int, _ written: String) -> PageDate? {
        guard year >= earliestYear, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return PageDate(day: date, written: written)
    }

    /// A date written out in words or numbers somewhere in `text` ("Posted on December 8, 2021 at
    /// 10:42"), the first one found.
    static func words(_ text: String) -> CalendarDate? {
        let tokens = tokenize(text)
        for index in tokens.indices {
            if let date = date(at: index, in: tokens) { return date }
        }
        return nil
    }

    /// The date at the very start of `text`, and how many of its words it took (a weekday
    /// included): "Wednesday 8 December 2021", "Dec. 8, 2021 Adjust font size".
    static func leading(_ text: String) -> (date: CalendarDate, words: Int)? {
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return nil }
        var start = 0
        if weekday(tokens[0]) { start = 1 }
        for length in [1, 3, 4, 5, 6] where start + length <= tokens.count {
            if let date = date(in: Array(tokens[start..<(start + length)])) { return (date, start + length) }
        }
        return nil
    }

    /// Words, numbers and ISO-like dates of a text, lower-cased; punctuation dropped except
    /// inside numbers ("08.12.2021", "2021-12-08") and the CJK date marks.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let scalars = Array(text.lowercased().unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isDigit = ("0"..."9").contains(scalar)
            if scalar.properties.isAlphabetic || isDigit {
                if ["年", "月", "日", "년", "월", "일"].contains(scalar) {
                    if !current.isEmpty { tokens.append(current) }
                    tokens.append(String(scalar))
                    current = ""
                    continue
                }
                current.unicodeScalars.append(scalar)
                continue
            }
            // A dot, dash or slash between digits belongs to the number.
            if [".", "-", "/"].contains(scalar), let last = current.unicodeScalars.last, ("0"..."9").contains(last),
                index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1])
            {
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// A date starting at `index`: month name, day, year; day, month name, year (with "de" and "."
    /// between); year 年 month 月 day 日; or a numeric token (08.12.2021, 2021-12-08).
    static func date(at index: Int, in tokens: [String]) -> CalendarDate? {
        for length in [1, 3, 4, 5, 6] where index + length <= tokens.count {
            if let date = date(in: Array(tokens[index..<(index + length)])) { return date }
        }
        return nil
    }

    static func date(in words: [String]) -> CalendarDate? {
        let filtered = words.filter { !["de", "del", "of", "the", "le", "el"].contains($0) }
        if words.count == 1 { return numeric(words[0]) }
        if words.count == 6, let date = cjk(words) { return date }
        guard filtered.count == 3, filtered.count >= words.count - 2 else { return nil }
        if let month = month(filtered[0]), let day = dayNumber(filtered[1]), let year = yearNumber(filtered[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let day = dayNumber(filtered[0]), let month = month(filtered[1]), let year = yearNumber(filtered[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let year = yearNumber(filtered[0]), let month = month(filtered[1]), let day = dayNumber(filtered[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// "2021 年 12 月 8 日" as tokens.
    static func cjk(_ words: [String]) -> CalendarDate? {
        guard words.count == 6, ["年", "년"].contains(words[1]), ["月", "월"].contains(words[3]), ["日", "일"].contains(words[5]),
            let year = yearNumber(words[0]), let month = Int(words[2]), let day = Int(words[4])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "08.12.2021" (day first, as Europe writes it) or "2021-12-08".
    static func numeric(_ token: String) -> CalendarDate? {
        if token.contains(where: { $0 == "-" || $0 == "/" }), token.prefix(4).allSatisfy(\.isNumber), let iso = machine(token, orWords: false) {
            return iso.day
        }
        let parts = token.split(separator: ".")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), parts[2].count == 4, let year = Int(parts[2]),
            year >= earliestYear
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func dayNumber(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th", "er", "º", "o"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits = String(digits.dropLast(suffix.count))
            break
        }
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), year >= earliestYear, year <= 2200 else { return nil }
        return year
    }

    /// 1...12 for a month's name in English (or its abbreviation), French, German, Spanish,
    /// Portuguese, Italian, Dutch, Russian, Ukrainian, Polish, Czech, Turkish, Arabic or Hebrew.
    static func month(_ word: String) -> Int? {
        let trimmed = word.lowercased().trimming(charactersIn: ".")
        if let month = monthNames[trimmed] { return month }
        guard trimmed.count >= 3, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return RelativeDate.months.firstIndex { $0.hasPrefix(trimmed) }.map { $0 + 1 }
    }

    static func weekday(_ word: String) -> Bool {
        let trimmed = word.lowercased().trimming(charactersIn: ".,")
        return RelativeDate.weekday(trimmed) != nil || weekdayNames.contains(trimmed)
    }

    static let monthNames: [String: Int] = {
        let lists: [[String]] = [
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
            ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
            ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
            ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
            ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
            ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
        ]
        var names: [String: Int] = [:]
        for list in lists {
            for (index, name) in list.enumerated() where names[name] == nil {
                names[name] = index + 1
            }
        }
        for (name, month) in ["févr": 2, "avr": 4, "juil": 7, "déc": 12, "mär": 3, "okt": 10, "dez": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "out": 10, "fev": 2, "mai": 5, "mei": 5] where names[name] == nil {
            names[name] = month
        }
        return names
    }()

    static let weekdayNames: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
        "domingo", "segunda", "terça", "quarta", "quinta", "sexta", "lunedì", "martedì", "mercoledì", "giovedì",
        "venerdì", "sabato", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    ]
}
