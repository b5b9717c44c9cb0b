using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// The stored form of a web post. Every field of <see cref="ScheduledPost"/> that decides what is published is
/// here; the ones added later are optional, so bodies written before them still read.
/// </summary>
internal sealed record WebPostBody(
    string Campaign, string Id, DateTimeOffset DueUtc, string TimeZone, List<string> Accounts, List<string> Locales,
    string? Card, Dictionary<string, string> Text)
{
    public string? Size { get; init; }

    public string? Repeat { get; init; }

    public DateTimeOffset? RepeatUntil { get; init; }

    public Dictionary<string, string>? AltText { get; init; }

    public List<string>? Partners { get; init; }

    public List<string>? Unspoken { get; init; }

    public static WebPostBody From(ScheduledPost p) =>
        new(p.Campaign, p.Id, p.DueUtc, p.TimeZone, [.. p.Accounts], [.. p.Locales], p.Card, new(p.Text))
        {
            Size = p.Size,
            Repeat = p.Repeat,
            RepeatUntil = p.RepeatUntil,
            AltText = p.AltText is null ? null : new(p.AltText),
            Partners = p.Partners is { Count: > 0 } ? [.. p.Partners] : null,
            Unspoken = p.Unspoken is { Count: > 0 } ? [.. p.Unspoken] : null,
        };

    // Value collections, so a stored post equals the post that was saved and reloading changes nothing.
    public ScheduledPost ToPost() => new(
        Campaign, Id, DueUtc, TimeZone, new ValueList<string>(Accounts), new ValueList<string>(Locales), Card,
        new ValueDictionary(Text), WebPostStore.Origin, Size, Repeat, RepeatUntil, AltText is null ? null : new ValueDictionary(AltText),
        Partners is null ? null : new ValueList<string>(Partners), Unspoken is null ? null : new ValueList<string>(Unspoken));
}
