using System.Globalization;

namespace SocialScheduler.Core.Schedules.Time;

/// <summary>How a written time became an instant.</summary>
public enum TimeResolution
{
    /// <summary>The local time exists once in the zone.</summary>
    Exact,

    /// <summary>The time carried its own offset; the zone only names how it is shown.</summary>
    ExplicitOffset,

    /// <summary>The local time falls in a spring-forward gap; it was moved forward by the gap.</summary>
    Skipped,

    /// <summary>The local time happens twice (fall back); the first occurrence, in summer time, was taken.</summary>
    Ambiguous,
}

/// <summary>A resolved time: the instant, and the offset it has in the post's zone.</summary>
public readonly record struct ResolvedTime(DateTimeOffset Instant, TimeResolution Resolution);

/// <summary>
/// Turns the <c>at</c> of a schedule into an instant. The rule for days when clocks change, the one NodaTime calls
/// lenient: a local time that does not exist (02:30 on a spring-forward night) moves forward by the length of the
/// gap (03:30 summer time), and a local time that exists twice (02:30 on a fall-back night) means the first of
/// the two, in summer time. Either case is reported so the author can write an unambiguous time.
/// </summary>
public static partial class LocalTimeResolver
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>Finds an IANA zone; Windows ids and unknown names are refused so a file means the same everywhere.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        // The id names a file under the zone database on Linux: only zone-shaped names are looked up at all.
        if (string.IsNullOrWhiteSpace(id) || !ZoneName().IsMatch(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return zone.HasIanaId || id is "UTC" or "Etc/UTC";
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException
                                       or UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex ZoneName();

    public static bool TryParse(string text, TimeZoneInfo zone, out ResolvedTime resolved)
    {
        resolved = default;
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            resolved = new ResolvedTime(withOffset, TimeResolution.ExplicitOffset);
            return true;
        }

        if (!DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        resolved = Resolve(local, zone);
        return true;
    }

    public static ResolvedTime Resolve(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap, applied to the written time, lands as far after the gap's end as
            // the written time was after its start.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            return new ResolvedTime(new DateTimeOffset(local, before).ToOffset(zone.GetUtcOffset(local.AddDays(1))), TimeResolution.Skipped);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var summer = zone.GetAmbiguousTimeOffsets(local).Max();
            return new ResolvedTime(new DateTimeOffset(local, summer), TimeResolution.Ambiguous);
        }

        return new ResolvedTime(new DateTimeOffset(local, zone.GetUtcOffset(local)), TimeResolution.Exact);
    }
}
