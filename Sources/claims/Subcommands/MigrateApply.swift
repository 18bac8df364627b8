// `claims migrate` / `claims migrate apply`.
import ArgumentParser
import ClaimsCore

extension Claims.Migrate {
    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "apply", abstract: "Apply every pending migration (the default).")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let database = try connection.open(migrate: false)
            let applied = try database.applyMigrations { event in
                switch event {
                case .waitingForLock:
                    Terminal.note("claims: another process is migrating this database; waiting for it")
                case .applying(let migration):
                    Terminal.note("Applying \(migration.fileName) ...")
                case .applied(let migration, let milliseconds):
                    Terminal.print("Applied \(migration.fileName) in \(Int(milliseconds.rounded())) ms")
                case .statusesChanged(let changes):
                    StatusChangeNotes.lines(changes).forEach(Terminal.print)
                }
            }
            if applied == 0 {
                Terminal.print("Nothing to apply: the database is up to date.")
            } else {
                Terminal.print("Applied \(applied) migration\(applied == 1 ? "" : "s").")
            }
        }
    }
}
