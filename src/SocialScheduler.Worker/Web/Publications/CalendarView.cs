using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>One post on one day of the calendar, with how its publications stand.</summary>
public sealed record CalendarEntry(string Campaign, string PostId, DateTimeOffset Local, string Origin, IReadOnlyDictionary<PublicationStatus, int> States)
{
    public int Total => States.Values.Sum();
}

/// <summary>The days of a week or a month in the calendar's zone, Monday first, and what falls on each.</summary>
public sealed class CalendarView
{
    private CalendarView(bool month, DateOnly anchor, DateOnly first, int days)
    {
        IsMonth = month;
        Anchor = anchor;
        First = first;
        Days = Enumerable.Range(0, days).Select(first.AddDays).ToList();
    }

    public bool IsMonth { get; }

    public DateOnly Anchor { get; }

    public DateOnly First { get; }

    public IReadOnlyList<DateOnly> Days { get; }

    public DateOnly Previous => IsMonth ? Anchor.AddMonths(-1) : Anchor.AddDays(-7);

    public DateOnly Next => IsMonth ? Anchor.AddMonths(1) : Anchor.AddDays(7);

    public ILookup<DateOnly, CalendarEntry> Entries { get; private set; } = Array.Empty<CalendarEntry>().ToLookup(e => DateOnly.MinValue);

    public static CalendarView For(bool month, DateOnly anchor)
    {
        if (!month)
        {
            return new CalendarView(false, anchor, Monday(anchor), 7);
        }

        var first = Monday(new DateOnly(anchor.Year, anchor.Month, 1));
        var last = new DateOnly(anchor.Year, anchor.Month, DateTime.DaysInMonth(anchor.Year, anchor.Month));
        var weeks = (last.DayNumber - first.DayNumber) / 7 + 1;
        return new CalendarView(true, anchor, first, weeks * 7);
    }

    /// <summary>The UTC range the grid covers, for the ledger query.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(TimeZoneInfo zone) =>
        (Start(First, zone), Start(Days[^1].AddDays(1), zone));

    /// <summary>Places each post on its day; <paramref name="status"/> says how each publication reads.</summary>
    public void Fill(IEnumerable<PublicationRecord> publications, TimeZoneInfo zone, Func<PublicationRecord, PublicationStatus> status)
    {
        Entries = publications
            .GroupBy(p => (p.Key.Campaign, p.Key.PostId, p.DueUtc, p.Origin))
            .Select(g => new CalendarEntry(g.Key.Campaign, g.Key.PostId, TimeZoneInfo.ConvertTime(g.Key.DueUtc, zone), g.Key.Origin,
                g.GroupBy(status).ToDictionary(s => s.Key, s => s.Count())))
            .OrderBy(e => e.Local)
            .ToLookup(e => DateOnly.FromDateTime(e.Local.DateTime));
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
