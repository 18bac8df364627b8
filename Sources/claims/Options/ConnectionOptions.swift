// Flags every command that touches the database shares.
import ArgumentParser
import ClaimsCore

struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp(
            "The database to use, as a postgresql:// URL or libpq key=value string (default: CLAIMS_DATABASE_URL, then libpq's PG* environment, then the embedded cluster).",
            valueName: "url"))
    var databaseURL: String?

    @Option(
        name: [.customShort("d"), .customLong("database")],
        help: ArgumentHelp(
            "The database to use by name, as psql's -d: in the embedded cluster (default: CLAIMS_DATABASE, else claims; others are made with claims db create), or on the server the URL or libpq's environment names.",
            valueName: "name"))
    var databaseName: String?

    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Directory of the embedded PostgreSQL cluster (default: CLAIMS_DATA_DIR, else ~/.local/share/claims).",
            valueName: "path"))
    var dataDirectory: String?

    @Option(help: ArgumentHelp("Seconds to wait for the database server before giving up (default 10).", valueName: "seconds"))
    var connectTimeout: Int?

    @Flag(name: [.short, .long], help: "Say on stderr which database is used and why.")
    var verbose = false

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Who is making the change, as recorded in the history (default: CLAIMS_ACTOR, else your user name).",
            valueName: "name"))
    var actor: String?

    func validate() throws {
        if let connectTimeout, connectTimeout < 1 {
            throw ValidationError("--connect-timeout must be a whole number of seconds, 1 or more.")
        }
    }

    /// Where the database is, per the documented order.
    func location() throws -> DatabaseLocation {
        let location = try DatabaseLocation.resolve(
            databaseURL: databaseURL, dataDirectory: dataDirectory, databaseName: databaseName, configured: try Self.configured())
        Claims.databaseInUse = location
        if verbose {
            Terminal.note("claims: using \(location.displayString): \(location.reason)")
        }
        return location
    }

    /// An open, migrated database session. Migrations applied on the way are reported on stderr in
    /// one line ("set up the database claims (12 migrations, 140 ms)"); each on its own with
    /// --verbose.
    ///
    /// `writes: false` is for commands that only read: they do not name the actor for the
    /// history, which costs a statement and a round trip on every run.
    func open(migrate: Bool = true, writes: Bool = true) throws -> ClaimsDatabase {
        // An explicit --as is still checked where nothing is recorded.
        let actor = writes || self.actor != nil ? try Actor.resolve(self.actor, configured: ConfigFile.value("actor")) : nil
        let location = try location()
        var applied: [(SchemaMigration, Double)] = []
        defer { MigrationNotes.summary(applied, database: location.databaseName).map(Terminal.note) }
        return try ClaimsDatabase.open(location, connectTimeout: connectTimeout, migrate: migrate, actor: actor) { event in
            switch event {
            case .applied(let migration, let milliseconds):
                applied.append((migration, milliseconds))
                if verbose {
                    Terminal.note("claims: applied migration \(migration.fileName) in \(Int(milliseconds.rounded())) ms")
                }
            case .statusesChanged(let changes):
                StatusChangeNotes.lines(changes).forEach(Terminal.note)
            case .waitingForLock, .applying:
                break
            }
        } recovered: { Terminal.note(Self.recoveryNote(stalePID: $0)) }
    }

    /// One line when the embedded server had died (killed, crashed, the machine lost power) and
    /// this command recovered it.
    static func recoveryNote(stalePID: Int32) -> String {
        let pid = stalePID > 0 ? " (pid \(stalePID))" : ""
        return "claims: the local PostgreSQL server\(pid) had stopped without shutting down; it recovered every committed change and is running again"
    }

    /// What the configuration file says about the database; a broken file is refused here, by
    /// every command that opens one.
    static func configured() throws -> DatabaseLocation.Configured {
        let file = try ConfigFile.current.get()
        return DatabaseLocation.Configured(
            databaseURL: file.value("database_url"), databaseName: file.value("database"), dataDirectory: file.value("data_dir"))
    }

    /// The embedded cluster named by --data-dir / CLAIMS_DATA_DIR / the default, whatever database wins.
    func embeddedDatabase() throws -> EmbeddedDatabase {
        try EmbeddedDatabase(dataDirectory: dataDirectory, databaseName: databaseName, configured: try Self.configured())
    }
}
