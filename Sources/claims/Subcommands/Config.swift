// `claims config`: the defaults a person sets once.
import ArgumentParser

extension Claims {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show and set defaults in the configuration file (database, actor, format, pager).",
            discussion: """
                The file is $CLAIMS_CONFIG, else $XDG_CONFIG_HOME/claims/config, else
                ~/.config/claims/config: key = value lines, as in pg_service.conf, # for
                comments. Flags and environment variables override what it says.

                Keys:
                  database_url  the database, as --database-url (below CLAIMS_DATABASE_URL
                                and libpq's PG* variables)
                  database      the embedded cluster's database, by name (below -d
                                and CLAIMS_DATABASE)
                  data_dir      the embedded cluster's directory (below CLAIMS_DATA_DIR)
                  actor         who makes the changes, as --as (below CLAIMS_ACTOR)
                  format        the output format of every command that has it
                  pager         the pager (below CLAIMS_PAGER, above PAGER); empty for none

                  claims config set database newsroom
                  claims config set actor "Ana Ruiz"
                  claims db url --verbose     # says when the file chose the database
                """,
            subcommands: [List.self, Get.self, Set.self, Unset.self]
        )
    }
}
