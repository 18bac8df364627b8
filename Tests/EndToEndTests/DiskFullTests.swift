// A full disk under the embedded cluster: the import that fills it fails in one line naming the
// disk, with exit code 75, and writes nothing; once space is freed the same import works.
import Foundation
import Postgres
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Only root can mount the small tmpfs the disk is; a machine that refuses mounts even to root
/// (a container without CAP_SYS_ADMIN) cannot run it.
private let canMount: Bool = {
    guard getuid() == 0, let probe = try? TemporaryDirectory.make(prefix: "claims-mount-probe") else { return false }
    defer { try? FileManager.default.removeItem(at: probe) }
    guard mount("tmpfs", probe.path, "tmpfs", 0, "size=1m") == 0 else { return false }
    umount(probe.path)
    return true
}()

@Suite(.tags(.trust), .enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
final class DiskFullTests {
    let root: URL
    var disk: String { root.appending(path: "disk").path }
    var dataDirectory: String { disk + "/claims" }
    var ballast: String { disk + "/ballast" }

    init() throws {
        root = try TemporaryDirectory.make(prefix: "claims-full")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        // Room for the cluster (about 60 MB with its first WAL segments) and the import, once.
        guard mount("tmpfs", disk, "tmpfs", 0, "size=128m,mode=0755") == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }

    deinit {
        _ = try? claims(["db", "stop"])
        umount(disk)
        try? FileManager.default.removeItem(at: root)
    }

    func claims(_ arguments: [String]) throws -> CommandResult {
        try ClaimsBinary.run(arguments + ["--data-dir", dataDirectory])
    }

    /// Fills the disk but for `megabytes`.
    func fill(leaving megabytes: Int) throws {
        var stats = statvfs()
        #expect(statvfs(disk, &stats) == 0)
        let free = Int(stats.f_bavail) * Int(stats.f_frsize)
        let size = max(0, free - megabytes << 20)
        let chunk = Data(repeating: 0x2E, count: 1 << 20)
        #expect(FileManager.default.createFile(atPath: ballast, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: ballast))
        defer { try? handle.close() }
        for _ in 0..<(size >> 20) { try handle.write(contentsOf: chunk) }
    }

    /// 10,000 claims (2 MB of CSV, about 50 MB in the database with its log) by 200 speakers in 1,000 new sources.
    static let rows: String = {
        var csv = "speaker,text,source_url,said,source_title,outlet,published,kind\n"
        for row in 0..<10_000 {
            let day = String(format: "%02d", 1 + row % 28)
            csv += "Speaker \(row % 200),\"Statement \(row) on the harbour budget, the quay and the dredging of year \(row % 40)\","
            csv += "https://disk.example/\(row % 1000),2024-02-\(day),Report \(row % 1000),Outlet \(row % 20),2024-02-\(day),paraphrase\n"
        }
        return csv
    }()

    func importRows() throws -> CommandResult {
        try ClaimsBinary.run(["import", "csv", "-", "--quiet", "--data-dir", dataDirectory], input: Self.rows)
    }

    /// Every row of every table (not the sequences: a rolled-back transaction keeps the numbers it drew).
    func fingerprint() throws -> [String: String] {
        let url = try claims(["db", "url"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return try Newsroom.fingerprint(Connection(ConnectionString(url)), sequences: false)
    }

    @Test func anImportThatFillsTheDiskSaysSoWritesNothingAndWorksOnceThereIsRoom() throws {
        let first = try claims([
            "add", "The dredging starts in May.", "--speaker", "Ines Halvorsen", "--create-speaker", "--source", "https://disk.example/first",
            "--title", "Dredging", "--outlet", "Harbour Gazette", "--published", "2024-02-01", "--said", "2024-02-01",
        ])
        #expect(first.status == 0, "\(first)")
        let before = try fingerprint()
        try fill(leaving: 14)

        let full = try importRows()
        #expect(full.status == 75, "\(full)")
        #expect(full.stdout.isEmpty)
        #expect(full.stderr.split(separator: "\n").count == 1, "\(full.stderr)")
        #expect(full.stderr.hasPrefix("claims: the database's disk is full, so nothing was written ("), "\(full.stderr)")
        #expect(full.stderr.hasSuffix("): free space on the disk that holds \(dataDirectory) and run the command again\n"), "\(full.stderr)")

        // When the write-ahead log met the full disk, the server stopped every session and, as
        // long as the disk stays full, cannot recover: commands say so the same way meanwhile.
        let meanwhile = try claims(["list"])
        #expect(meanwhile.status == 0 || meanwhile.status == 75, "\(meanwhile)")
        if meanwhile.status == 75 {
            #expect(meanwhile.stderr.hasSuffix("free space on the disk that holds \(dataDirectory) and run the command again\n"), "\(meanwhile)")
        }

        // Space freed, the next command finds the record as it was: the import left nothing.
        try FileManager.default.removeItem(atPath: ballast)
        let listed = try claims(["list"])
        #expect(listed.status == 0, "\(listed)")
        #expect(try fingerprint() == before)
        let again = try importRows()
        #expect(again.status == 0, "\(again)")
        let counts = try claims(["list", "--format", "json", "--limit", "1"])
        #expect(counts.status == 0)
        let url = try claims(["db", "url"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Connection(ConnectionString(url)).queryFirst("SELECT count(*) AS n FROM claims")?.decode("n", as: Int.self) == 10_001)
    }
}
