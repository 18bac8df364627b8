// `--all-appearances`, shared by the commands that list claims.
import ArgumentParser

struct AppearanceOption: ParsableArguments {
    @Flag(help: "Also list appearances: claims linked as another report of a statement (same-statement), shown under it otherwise.")
    var allAppearances = false
}
