// Splits a migration file into statements, so a failure can name the line it happened on even
// when the server reports no position (a unique index over duplicate rows, say).

/// One statement of a SQL file and the line it starts on.
struct SQLStatement: Equatable {
    var text: String
    /// 1-based line of the statement's first character in the file.
    var line: Int
    /// 1-based column of the statement's first character.
    var column: Int
}

enum StatementSplitter {
    /// Splits on semicolons outside strings, quoted identifiers, comments and dollar-quoted bodies.
    /// Statements that are only whitespace and comments are dropped.
    static func split(_ sql: String) -> [SQLStatement] {
        let chars = Array(sql.unicodeScalars)
        var statements: [SQLStatement] = []
        var start = 0
        var index = 0
        var hasCode = false
        var codeStart = 0

        func finish(at end: Int) {
            if hasCode {
                let text = String(String.UnicodeScalarView(chars[codeStart..<end]))
                let (line, column) = position(of: codeStart, in: chars)
                statements.append(SQLStatement(text: text, line: line, column: column))
            }
            hasCode = false
            start = end + 1
        }
        func markCode(_ at: Int) {
            if !hasCode {
                hasCode = true
                codeStart = at
            }
        }

        while index < chars.count {
            let c = chars[index]
            let next: Unicode.Scalar? = index + 1 < chars.count ? chars[index + 1] : nil
            if c == "-" && next == "-" {
                while index < chars.count && chars[index] != "\n" { index += 1 }
                continue
            }
            if c == "/" && next == "*" {
                var depth = 1
                index += 2
                while index < chars.count && depth > 0 {
                    if chars[index] == "/" && index + 1 < chars.count && chars[index + 1] == "*" {
                        depth += 1
                        index += 2
                    } else if chars[index] == "*" && index + 1 < chars.count && chars[index + 1] == "/" {
                        depth -= 1
                        index += 2
                    } else {
                        index += 1
                    }
                }
                continue
            }
            if c == ";" {
                finish(at: index)
                index += 1
                continue
            }
            if c.properties.isWhitespace {
                index += 1
                continue
            }
            markCode(index)
            if c == "'" || c == "\"" {
                // E'...' strings allow backslash escapes; standard strings double the quote.
                let escapes = c == "'" && index > 0 && (chars[index - 1] == "E" || chars[index - 1] == "e")
                index += 1
                while index < chars.count {
                    if escapes && chars[index] == "\\" {
                        index += 2
                        continue
                    }
                    if chars[index] == c {
                        if index + 1 < chars.count && chars[index + 1] == c {
                            index += 2
                            continue
                        }
                        break
                    }
                    index += 1
                }
                index += 1
                continue
            }
            if c == "$", let tagEnd = dollarTagEnd(chars, from: index) {
                let tag = Array(chars[index...tagEnd])
                index = tagEnd + 1
                while index < chars.count {
                    if chars[index] == "$", index + tag.count <= chars.count,
                        Array(chars[index..<index + tag.count]) == tag
                    {
                        index += tag.count
                        break
                    }
                    index += 1
                }
                continue
            }
            index += 1
        }
        finish(at: chars.count)
        _ = start
        return statements
    }

    /// If a dollar-quote opener (`$$` or `$tag$`) starts at `index`, the index of its closing `$`.
    private static func dollarTagEnd(_ chars: [Unicode.Scalar], from index: Int) -> Int? {
        // A `$` right after an identifier character is part of a name or a `$1` parameter, not a quote.
        if index > 0, chars[index - 1].properties.isAlphabetic || chars[index - 1] == "_"
            || ("0"..."9").contains(chars[index - 1])
        {
            return nil
        }
        var cursor = index + 1
        while cursor < chars.count {
            let c = chars[cursor]
            if c == "$" { return cursor }
            let isTagCharacter = c.properties.isAlphabetic || c == "_" || (cursor > index + 1 && ("0"..."9").contains(c))
            guard isTagCharacter else { return nil }
            cursor += 1
        }
        return nil
    }

    /// 1-based line and column of a scalar offset.
    static func position(of offset: Int, in chars: [Unicode.Scalar]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in chars[..<min(offset, chars.count)] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
