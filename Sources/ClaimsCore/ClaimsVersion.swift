// The version of claims, for --version, the User-Agent it fetches pages with, and generated files.

public enum ClaimsVersion {
    public static let current = "0.1.0"
}
