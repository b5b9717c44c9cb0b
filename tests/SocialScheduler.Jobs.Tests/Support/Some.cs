using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>Builders for test data with sensible defaults.</summary>
public static class Some
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static ScheduledPost Post(
        string id = "reports-2021", DateTimeOffset? due = null, string[]? accounts = null, string[]? locales = null,
        string campaign = "child-safety-online-now", string text = "Text #ChildSafetyOnlineNow", string? card = null, string origin = "file")
    {
        locales ??= ["en", "fr"];
        return new ScheduledPost(
            campaign, id, due ?? Now.AddMinutes(10), "Europe/Brussels", accounts ?? ["outbox"], locales, card,
            locales.ToDictionary(l => l, l => $"{text} ({l})"), origin);
    }
}
