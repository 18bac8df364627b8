// `claims migrate`: bring the schema up to date, or show where it stands.
import ArgumentParser

extension Claims {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply pending schema migrations (every command also does this on first use).",
            discussion: """
                Migrations are the numbered SQL files built into this binary. Each is applied
                once, in order, in its own transaction, and recorded in the schema_migrations
                table. Two claims processes migrating at once wait for each other. A migration
                that was edited after it was applied, or a database migrated by a newer claims,
                stops with exit code 4.
                """,
            subcommands: [Apply.self, Status.self],
            defaultSubcommand: Apply.self
        )
    }
}
