// swift-tools-version:6.0
import PackageDescription

/// CLAIMS_FUZZ=path/to/libclang_rt.fuzzer_no_main.a (scripts/fuzz, in a build directory of its own)
/// instruments the parsers' code for libFuzzer and builds claims-fuzz as a fuzz target that runs
/// libFuzzer's driver from its own entry point. Per target, not with -Xswiftc: the build plugin's
/// tool must stay an ordinary program.
let fuzzRuntime = Context.environment["CLAIMS_FUZZ"]
let fuzzing = fuzzRuntime != nil
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []

let package = Package(
    name: "claims",
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimsCore", targets: ["ClaimsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // CalendarDate and the text helpers FoundationEssentials leaves out: the vocabulary every
        // other target may use, the command line included.
        .target(name: "Basics", swiftSettings: instrumented),

        // libpq, seen through a module map. Only the Postgres target imports it.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // A small, safe Swift layer over libpq: connections, bound parameters, typed rows, COPY.
        .target(name: "Postgres", dependencies: ["CLibPQ", "Basics"], swiftSettings: instrumented),

        // A private PostgreSQL cluster in a directory (initdb, pg_ctl, a socket nobody else can
        // enter): the embedded default, and the servers the tests start.
        .target(name: "EmbeddedPostgres", dependencies: ["Postgres", "Basics"], swiftSettings: instrumented),

        // libxml2's HTML parser, seen through a module map. Only the HTML target imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Web pages as a compact tree: the encoding worked out, libxml2 driven as a SAX parser.
        .target(name: "HTML", dependencies: ["CLibXML2"], swiftSettings: instrumented),

        // libcurl, seen through a module map. Only the WebFetch target imports it.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Fetching one web page over http(s), with limits, through libcurl.
        .target(name: "WebFetch", dependencies: ["CCurl"]),

        // Numbered SQL files and the migrator that applies them. The plugin embeds every
        // Migrations/*.sql file into the module at build time, so the binary carries its schema.
        // SHA-256, for migration checksums (at build time too) and article fingerprints.
        .target(name: "Checksum"),

        .target(
            name: "Migrations",
            dependencies: ["Postgres", "Checksum"],
            path: "Migrations",
            plugins: ["EmbedMigrationsPlugin"]
        ),
        .executableTarget(name: "EmbedMigrations", dependencies: ["Checksum"], path: "Sources/EmbedMigrations"),
        .plugin(
            name: "EmbedMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedMigrations"]
        ),

        // The domain: claims, speakers, sources, links and reports; reading web pages and articles;
        // where the database lives. It knows nothing about terminals or command-line flags, and it
        // hides what it stands on (internal imports): its callers see ClaimsCore and Basics only.
        .target(
            name: "ClaimsCore",
            dependencies: ["Basics", "Postgres", "EmbeddedPostgres", "Migrations", "Checksum", "HTML", "WebFetch"],
            swiftSettings: instrumented),

        // The command-line tool: argument parsing and rendering over ClaimsCore (Docs/architecture.md;
        // ArchitectureTests fails when a file imports anything else).
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimsCore",
                "Basics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The parsers that read untrusted text, as a libFuzzer target (scripts/fuzz) or, built
        // plainly, a replayer of the inputs that once crashed them.
        .executableTarget(
            name: "claims-fuzz", dependencies: ["ClaimsCore", "Basics"], path: "Sources/ClaimsFuzz",
            swiftSettings: instrumented + (fuzzing ? [.define("FUZZING")] : []),
            linkerSettings: fuzzRuntime.map { [.unsafeFlags([$0, "-lstdc++"])] } ?? []),

        .target(name: "TestSupport", dependencies: ["Basics", "Postgres", "EmbeddedPostgres", "ClaimsCore"], path: "Tests/TestSupport"),
        .testTarget(name: "PostgresTests", dependencies: ["Basics", "Postgres", "TestSupport"]),
        .testTarget(name: "HTMLTests", dependencies: ["HTML"]),
        .testTarget(name: "MigrationsTests", dependencies: ["Migrations", "Checksum", "Postgres", "TestSupport"]),
        .testTarget(name: "ClaimsCoreTests", dependencies: ["ClaimsCore", "Basics", "Postgres", "HTML", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["claims", "claims-fuzz", "Basics", "Postgres", "EmbeddedPostgres", "Checksum", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
