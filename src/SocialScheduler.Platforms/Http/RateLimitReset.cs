using System.Globalization;

namespace SocialScheduler.Platforms.Http;

/// <summary>Reads when a rate limit ends, in each platform's own header format.</summary>
internal static class RateLimitReset
{
    public static DateTimeOffset? FromEpochSeconds(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public static DateTimeOffset? FromIso8601(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;

    /// <summary>The latest of the given instants, or <paramref name="fallback"/> when no header said anything.</summary>
    public static DateTimeOffset Latest(DateTimeOffset fallback, params DateTimeOffset?[] candidates) =>
        candidates.OfType<DateTimeOffset>().DefaultIfEmpty(fallback).Max();
}
