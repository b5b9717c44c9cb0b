using System.Security.Cryptography;
using System.Text;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// A cancellation of a repeating post's whole series. It holds while the post is what it was when cancelled
/// (<see cref="Fingerprint"/>) and nobody resumed it: a changed post, in a reviewed schedule file or re-saved in the
/// browser, is a fresh decision and its series runs again.
/// </summary>
public sealed record SeriesCancellation(
    string Campaign, string PostId, string Fingerprint, string CancelledBy, DateTimeOffset CancelledAt, string? Reason,
    string? ResumedBy, DateTimeOffset? ResumedAt)
{
    /// <summary>True while it was not resumed since it was cancelled.</summary>
    public bool InForce => ResumedAt is not { } resumed || resumed < CancelledAt;

    /// <summary>True when it stops further occurrences of <paramref name="post"/> as it is now.</summary>
    public bool Stops(ScheduledPost post) => InForce && Fingerprint == post.Fingerprint;
}

/// <summary>An approval of one locale of a repeating post, covering the occurrences added later while the content approved is unchanged.</summary>
public sealed record SeriesApproval(string Campaign, string PostId, string Locale, string Fingerprint, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>What identifies a series and the content an approval of one of its locales covers.</summary>
internal static class SeriesFingerprint
{
    /// <summary>
    /// Everything a reviewer of <paramref name="locale"/> saw: the rule, time zone, accounts, card and size, and that
    /// locale's text and alt text. Another locale's text is not in it, so editing French leaves English approved.
    /// </summary>
    public static string Of(ScheduledPost post, string locale)
    {
        var canonical = new StringBuilder()
            .Append(post.Campaign).Append('\0').Append(post.Id).Append('\0').Append(post.DueUtc.UtcTicks).Append('\0')
            .Append(post.TimeZone).Append('\0').AppendJoin('\u001F', post.Accounts).Append('\0')
            .Append(post.Card).Append('\0').Append(post.Size).Append('\0').Append(post.Repeat).Append('\0')
            .Append(post.RepeatUntil?.UtcTicks).Append('\0').Append(locale).Append('\0')
            .Append(post.Text.GetValueOrDefault(locale)).Append('\0').Append(post.AltText?.GetValueOrDefault(locale));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
