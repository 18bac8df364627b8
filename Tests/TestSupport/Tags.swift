// Tags that group tests across files: `swift test --filter tag:trust` runs one group.
import Testing

extension Tag {
    /// Nothing is lost, every change has an author, and concurrent or hostile use cannot break the
    /// record: history, corrections, merges, roles, races, faults, hostile input, fuzzing, secrets.
    @Tag public static var trust: Self
}
