// The HTML timeline's time axis: every date that has a mark gets room, long empty stretches are cut
// short and marked as breaks, so a burst of days is not squeezed into a few pixels of a year.
import Basics

/// Where each date goes across the chart.
///
/// The dates with marks, in order, are spaced by their gaps in days, compressed: a gap of up to a
/// week counts in full, a longer one grows more slowly (with its square root), and one of more than
/// `breakAfter` days becomes a cut of fixed width, drawn in the axis and labelled with the time it
/// stands for. Every two neighbouring dates are at least one unit apart.
struct TimelineAxis {
    /// An empty stretch cut out of the axis.
    struct Break: Equatable {
        var after: CalendarDate
        var before: CalendarDate
        /// The middle of the cut, where its mark and label go.
        var x: Double
        var days: Int { before.daysSinceEpoch - after.daysSinceEpoch }

        /// "4 months", "1 year", "52 days".
        var label: String {
            let days = days
            if days >= 700 { return counted(Int((Double(days) / 365.25).rounded()), "year") }
            if days >= 60 { return counted(Int((Double(days) / 30.44).rounded()), "month") }
            return counted(days, "day")
        }
    }

    static let breakAfter = 45
    /// A cut's width in pixels, whatever the time it stands for (less when many cuts would take
    /// over half the width).
    static let breakWidth = 40.0

    let left: Double
    let right: Double
    /// The dates with marks, in order, and their x.
    let stops: [(day: Int, x: Double)]
    let dates: [CalendarDate]
    let breaks: [Break]

    init(dates: [CalendarDate], left: Double, right: Double) {
        self.left = left
        self.right = right
        var unique: [Int: CalendarDate] = [:]
        for date in dates { unique[date.daysSinceEpoch] = date }
        let days = unique.values.sorted()
        // A gap's length in units, or nil for a cut (a fixed width in pixels).
        let gaps: [Double?] = zip(days, days.dropFirst()).map { previous, day in
            let gap = day.daysSinceEpoch - previous.daysSinceEpoch
            if gap > Self.breakAfter { return nil }
            return gap > 7 ? 7 + Double(gap - 7).squareRoot() * 1.6 : Double(max(gap, 1))
        }
        let cutCount = Double(gaps.count { $0 == nil })
        // Cuts take at most half the width, however many there are.
        let cutWidth = cutCount > 0 ? min(Self.breakWidth, (right - left) / 2 / cutCount) : Self.breakWidth
        // Half a unit of room at each end, so the first and last marks stay off the edges.
        let units = gaps.compactMap { $0 }.reduce(0, +) + 1
        let scale = max(0, right - left - cutCount * cutWidth) / units
        var x = left + scale / 2
        var stops: [(day: Int, x: Double)] = days.first.map { [($0.daysSinceEpoch, x)] } ?? []
        var cuts: [Break] = []
        for (index, gap) in gaps.enumerated() {
            if let gap {
                x += gap * scale
            } else {
                cuts.append(Break(after: days[index], before: days[index + 1], x: x + cutWidth / 2))
                x += cutWidth
            }
            stops.append((days[index + 1].daysSinceEpoch, x))
        }
        self.stops = stops
        self.dates = days
        breaks = cuts
    }

    /// The x of `date`: exact for a date with a mark, in proportion between its neighbours
    /// otherwise (inside a break, the break's middle).
    func x(_ date: CalendarDate) -> Double {
        let day = date.daysSinceEpoch
        guard let first = stops.first, let last = stops.last else { return (left + right) / 2 }
        if day <= first.day { return first.x }
        if day >= last.day { return last.x }
        var low = 0
        var high = stops.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if stops[middle].day <= day { low = middle } else { high = middle }
        }
        let (a, b) = (stops[low], stops[high])
        if let cut = breaks.first(where: { $0.after.daysSinceEpoch == a.day }) { return cut.x }
        return a.x + (b.x - a.x) * Double(day - a.day) / Double(max(1, b.day - a.day))
    }

    /// Dates to draw grid lines at, for each stretch between cuts at the scale of that stretch
    /// (days, weeks, months or years), its first date labelled in full.
    func ticks() -> [(date: CalendarDate, label: String)] {
        guard let first = dates.first, let last = dates.last else { return [] }
        var stretches: [(CalendarDate, CalendarDate)] = []
        var start = first
        for cut in breaks {
            stretches.append((start, cut.after))
            start = cut.before
        }
        stretches.append((start, last))
        var ticks: [(CalendarDate, String)] = []
        for (from, to) in stretches {
            let span = to.daysSinceEpoch - from.daysSinceEpoch
            ticks.append((from, from.description))
            var date = from
            func step() -> CalendarDate? {
                if span > 730 { return CalendarDate(year: date.year + 1, month: 1, day: 1) }
                if span > 60 {
                    return date.month == 12
                        ? CalendarDate(year: date.year + 1, month: 1, day: 1) : CalendarDate(year: date.year, month: date.month + 1, day: 1)
                }
                return date.adding(days: span > 14 ? 7 : 1)
            }
            while let next = step(), next <= to {
                date = next
                let label = span > 730 ? String(next.year) : span > 60 ? String(next.description.prefix(7)) : String(next.description.dropFirst(5))
                ticks.append((next, label))
            }
        }
        return ticks
    }
}
