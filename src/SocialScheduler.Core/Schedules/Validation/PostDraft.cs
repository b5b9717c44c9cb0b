namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>
/// One post as a person wrote it (a file entry or the web form), nothing checked yet. Every member may be missing or
/// wrong; <see cref="PostValidator"/> says what and where.
/// </summary>
public sealed record PostDraft
{
    public string? Id { get; init; }

    /// <summary>Local time in the post's zone (<c>2026-12-01T09:00</c>) or ISO 8601 with an offset.</summary>
    public string? At { get; init; }

    /// <summary>IANA zone; the schedule's zone when missing.</summary>
    public string? TimeZone { get; init; }

    public IReadOnlyList<string>? Accounts { get; init; }

    /// <summary>Partner ids whose accounts get the post, or the single word <c>all</c> for every partner.</summary>
    public IReadOnlyList<string>? Partners { get; init; }

    public IReadOnlyList<string>? Locales { get; init; }

    /// <summary>A statistic id of the campaign catalog.</summary>
    public string? Card { get; init; }

    public IReadOnlyDictionary<string, string>? Text { get; init; }

    /// <summary>Alt text per locale for the card; generated from the statistic where missing.</summary>
    public IReadOnlyDictionary<string, string>? Alt { get; init; }

    /// <summary>A card size name (<c>landscape</c>, <c>square</c>, …); the platform's default when missing.</summary>
    public string? Size { get; init; }

    /// <summary>A five-field cron expression read in the post's zone; the post repeats from <see cref="At"/>.</summary>
    public string? Repeat { get; init; }

    /// <summary>Local date-time in the post's zone after which a repeating post stops.</summary>
    public string? Until { get; init; }
}
