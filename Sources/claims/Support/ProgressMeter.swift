// Progress of a bulk import on standard error.
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Progress on standard error: a bar on a terminal, a line every 100,000 rows (or lines) otherwise. The
/// share done is measured in bytes of the file (rows are not known before they are read).
final class ProgressMeter {
    let quiet: Bool
    let totalBytes: Int?
    /// What is counted: "rows" of a CSV file, "lines" of a JSONL one.
    let unit: String
    let terminal = isatty(STDERR_FILENO) == 1
    let started = Date()
    var lastLine = 0
    var drew = false

    init(quiet: Bool, totalBytes: Int?, unit: String = "rows") {
        self.quiet = quiet
        self.totalBytes = totalBytes
        self.unit = unit
    }

    /// The rows read so far, for the merge's line.
    private(set) var rows = 0

    func update(_ rows: Int, _ bytes: Int) {
        self.rows = rows
        guard !quiet, rows > 0 else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(rows) / elapsed
        if terminal {
            var text = "\r\(rows) \(unit), \(Int(rate)) \(unit)/s"
            if let totalBytes, totalBytes > 0 {
                let share = min(1, Double(bytes) / Double(totalBytes))
                let width = 30
                let filled = Int(Double(width) * share)
                let left = share > 0 ? elapsed * (1 - share) / share : 0
                text = "\r" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                    + " \(Int(share * 100))% \(rows) \(unit), \(Int(rate)) \(unit)/s, \(Int(left.rounded())) s left "
            }
            FileDescriptor.standardError.write(text)
            drew = true
        } else if rows - lastLine >= 100_000 {
            Terminal.note("claims: loaded \(rows) \(unit) (\(Int(rate)) \(unit)/s)")
            lastLine = rows
        }
    }

    /// The file is read and checked; what follows (the rows going into the record) is a phase of
    /// its own, with no rows to count, so it gets its own line rather than a bar stuck at 100%.
    func merging() {
        // Off a terminal only a file long enough for progress lines gets this one.
        guard !quiet, drew || rows >= 100_000 else { return }
        finish()
        Terminal.note("claims: read and checked \(rows) \(unit); adding them to the record (one transaction) ...")
    }

    func finish() {
        if drew { FileDescriptor.standardError.write("\n") }
        drew = false
    }
}
