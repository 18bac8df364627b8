// swift-tools-version:6.0
import PackageDescription

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
        // libpq, seen through a module map. Only the Postgres target imports it.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // A small, safe Swift layer over libpq: connections, bound parameters, typed rows, COPY.
        .target(name: "Postgres", dependencies: ["CLibPQ"]),

        // Numbered SQL files and the migrator that applies them. The plugin embeds every
        // Migrations/*.sql file into the module at build time, so the binary carries its schema.
        .target(
            name: "Migrations",
            dependencies: ["Postgres"],
            path: "Migrations",
            plugins: ["EmbedMigrationsPlugin"]
        ),
        .executableTarget(name: "EmbedMigrations", path: "Sources/EmbedMigrations"),
        .plugin(
            name: "EmbedMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedMigrations"]
        ),

        // The domain: where the database lives, and (from the next issue on) claims and reports.
        // It knows nothing about terminals or command-line flags.
        .target(name: "ClaimsCore", dependencies: ["Postgres", "Migrations"]),

        // The command-line tool: argument parsing and rendering over ClaimsCore.
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimsCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(name: "TestSupport", dependencies: ["Postgres", "ClaimsCore"], path: "Tests/TestSupport"),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"]),
        .testTarget(name: "MigrationsTests", dependencies: ["Migrations", "Postgres", "TestSupport"]),
        .testTarget(name: "ClaimsCoreTests", dependencies: ["ClaimsCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["claims", "Postgres", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
