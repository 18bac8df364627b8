// `claims source add URL`.
import ArgumentParser
import ClaimsCore
import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif
import Basics

extension Claims.Source {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a source: an article or report, by its address, or a broadcast, print or speech without one.",
            discussion: """
                The address is a web address, a urn: (urn:isbn:..., a court's case number) or a
                DOI (doi:10.1000/xyz, kept as https://doi.org/10.1000/xyz). A source with no
                address (a broadcast, a printed paper, a speech) is known by its outlet, title
                and date, and commands name it by its number.

                Examples:
                  claims source add https://news.example/2015/12/02/coordination \\
                      --title "Kremlin urges coordination" --outlet Xinhua \\
                      --published 2015-12-02
                  claims source add --title "PMQs, 8 Dec 2021" --outlet "BBC Parliament" \\
                      --published 2021-12-08
                """)

        @Argument(help: ArgumentHelp("The source's address: http(s), urn: or a DOI; none for a broadcast or print.", valueName: "address"))
        var url: String?
        @Option(help: "The headline.")
        var title: String
        @Option(help: "Who published it, e.g. Xinhua.")
        var outlet: String
        @Option(help: ArgumentHelp("Publication date.", valueName: "YYYY-MM-DD"))
        var published: String
        @Option(help: ArgumentHelp("Language tag, e.g. en or ru.", valueName: "code"))
        var language: String?
        @Option(help: ArgumentHelp("A file with the article's full text.", valueName: "path"))
        var textFile: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let day = try DayArgument.parse(published)
            let text = try textFile.map(InputFile.read)
            let sources = try connection.open().sources
            let source = try sources.add(NewSource(url: url, title: title, outlet: outlet, published: day, language: language, text: text))
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(SourceJSON(source)))
            case .table:
                Terminal.print("Added source #\(source.id): \(source.titleForPeople) (\(source.outletForPeople), \(source.publishedForPeople))")
                // What its text showed it rests on: an agency it credits, an earlier story it copies.
                let basis = text == nil ? [] : SourceDetailLines.basisPairs(try sources.basis(of: source.id))
                if !basis.isEmpty { Terminal.print(DetailRenderer(pairs: basis).render()) }
            }
        }
    }
}

/// A date that must be a whole day (a publication date).
enum DayArgument {
    static func parse(_ text: String) throws -> CalendarDate {
        let date = try SaidDate.parse(text)
        guard date.precision == .day else {
            throw ClaimsError.invalidDate(text: text, reason: "a publication date needs the day: YYYY-MM-DD")
        }
        return date.start
    }
}

/// Reads a text file given on the command line, with errors a person can act on.
enum InputFile {
    /// A whole text file, or standard input for "-", checked to be UTF-8.
    static func read(_ path: String) throws -> String {
        let (handle, _) = try open(path)
        defer { handle.close() }
        let data = try bytes(of: handle, path)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ClaimsError.unreadableFile(path: path == "-" ? "standard input" : path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// A whole file, or standard input for "-", as bytes, refused past `limit`.
    static func readBytes(_ path: String, limit: Int) throws -> [UInt8] {
        let (handle, size) = try open(path)
        defer { handle.close() }
        let name = path == "-" ? "standard input" : path
        let tooLarge = ClaimsError.unreadableFile(
            path: name, reason: "it is larger than \(ByteCount.format(limit)); raise the limit with --max-page-size if it is one article")
        if let size, size > limit { throw tooLarge }
        var all: [UInt8] = []
        while let chunk = try chunk(of: handle, path) {
            all += chunk
            if all.count > limit { throw tooLarge }
        }
        return all
    }

    /// A file (or - for standard input) opened for reading in chunks, with its size when known.
    static func open(_ path: String) throws -> (FileDescriptor, Int?) {
        if path == "-" { return (FileDescriptor.standardInput, nil) }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ClaimsError.unreadableFile(path: path, reason: errno == ENOENT ? "no such file" : FileError(errno: errno).description)
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw ClaimsError.unreadableFile(path: path, reason: "it is a directory; give a file")
        }
        switch FileDescriptor.open(forReading: path) {
        case .success(let handle):
            return (handle, status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil)
        case .failure(let error):
            throw ClaimsError.unreadableFile(path: path, reason: error.errno == EACCES ? "permission denied" : error.description)
        }
    }

    /// The next chunk of an opened file (nil at its end), for the readers that take a chunk at a time.
    static func chunk(of handle: FileDescriptor, _ path: String) throws -> [UInt8]? {
        do {
            let chunk = try handle.read(upTo: 1 << 20)
            return chunk.isEmpty ? nil : chunk
        } catch {
            throw ClaimsError.unreadableFile(path: path == "-" ? "standard input" : path, reason: error.description)
        }
    }

    static func bytes(of handle: FileDescriptor, _ path: String) throws -> [UInt8] {
        var all: [UInt8] = []
        while let chunk = try chunk(of: handle, path) { all += chunk }
        return all
    }
}
