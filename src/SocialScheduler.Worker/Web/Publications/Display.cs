using System.Globalization;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>How times and states read on the pages: local time in a named zone, in the page's language.</summary>
public static class Display
{
    public static string LocalTime(DateTimeOffset utc, string zoneId)
    {
        var local = TimeZoneInfo.ConvertTime(utc, Zone(zoneId));
        return local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " " + zoneId;
    }

    public static TimeZoneInfo Zone(string zoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static string StateClass(PublicationState state) => "state state-" + state.ToString().ToLowerInvariant();

    /// <summary>States a person can still stop.</summary>
    public static bool IsPending(PublicationState state) => state is PublicationState.Scheduled or PublicationState.Paused;

    /// <summary>States a person can send again.</summary>
    public static bool CanRetry(PublicationState state) =>
        state is PublicationState.Failed or PublicationState.NeedsAttention or PublicationState.Cancelled;
}
