// `claims db`: the embedded PostgreSQL cluster.
import ArgumentParser

extension Claims {
    struct Database: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Manage and describe the embedded PostgreSQL cluster.",
            discussion: """
                The embedded cluster is a private PostgreSQL server that claims creates with
                initdb on first use and leaves running for the next command. It listens only on
                a Unix socket in its data directory, never on a TCP port. When claims runs as
                root, the server runs as the unprivileged postgres account, because PostgreSQL
                refuses to run as root.
                """,
            subcommands: [Start.self, Stop.self, Status.self, URL.self, List.self, Create.self, Reset.self]
        )
    }
}
