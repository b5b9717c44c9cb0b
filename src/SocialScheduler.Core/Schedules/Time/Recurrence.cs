using System.Globalization;
using Cronos;

namespace SocialScheduler.Core.Schedules.Time;

/// <summary>
/// The due instants of a post: one for a one-off post, every cron occurrence for a repeating one. Cron fields are
/// read in the post's zone, so "0 9 * * *" stays 09:00 local across clock changes; an occurrence inside a
/// spring-forward gap runs when the gap ends, and one inside a fall-back hour runs once, the first time.
/// </summary>
public static class Recurrence
{
    // A post id never holds a double dash, so one in a publication's id starts the occurrence's instant.
    private const string Separator = "--";
    private const string InstantFormat = "yyyyMMdd't'HHmm'z'";

    /// <summary>The instants in [<paramref name="from"/>, <paramref name="to"/>) at which <paramref name="post"/> is due.</summary>
    public static IEnumerable<DateTimeOffset> Occurrences(ScheduledPost post, DateTimeOffset from, DateTimeOffset to)
    {
        if (post.Repeat is null)
        {
            if (post.DueUtc >= from && post.DueUtc < to)
            {
                yield return post.DueUtc;
            }

            yield break;
        }

        var cron = CronExpression.Parse(post.Repeat, CronFormat.Standard);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(post.TimeZone);
        var start = from > post.DueUtc ? from : post.DueUtc;
        var end = post.RepeatUntil is { } until && until < to ? until.AddTicks(1) : to;
        if (start >= end)
        {
            // Over, or not begun within the period: Cronos refuses an empty range.
            yield break;
        }

        foreach (var occurrence in cron.GetOccurrences(start, end, zone, fromInclusive: true, toInclusive: false))
        {
            yield return occurrence.ToUniversalTime();
        }
    }

    /// <summary>
    /// The publications of <paramref name="post"/> due in [<paramref name="from"/>, <paramref name="to"/>), named as
    /// the ledger names them: a one-off post's publications carry its id, each occurrence of a repeating post carries
    /// <see cref="OccurrenceId"/>, so every occurrence is published exactly once. <c>plan</c> and the service both
    /// read the schedule through this.
    /// </summary>
    public static IEnumerable<DuePublication> Publications(ScheduledPost post, DateTimeOffset from, DateTimeOffset to) =>
        from due in Occurrences(post, @from, to)
        let postId = post.Repeat is null ? post.Id : OccurrenceId(post.Id, due)
        from account in post.Accounts
        from locale in post.Locales
        where post.Speaks(account, locale)
        select new DuePublication(new PublicationKey(post.Campaign, postId, account, locale), due);

    /// <summary>
    /// The post id of one occurrence of a repeating post: its id, a double dash (never in a post id) and the UTC
    /// instant, e.g. <c>weekly-reminder--20261207t0800z</c>. Letters, digits and dashes only, so it is safe as a
    /// file name and in a URL, and it stays the same for that occurrence however often the schedule is read.
    /// </summary>
    public static string OccurrenceId(string postId, DateTimeOffset dueUtc) =>
        OccurrencePrefix(postId) + dueUtc.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>What every <see cref="OccurrenceId"/> of <paramref name="postId"/> starts with, and no other post's id does.</summary>
    public static string OccurrencePrefix(string postId) => postId + Separator;

    /// <summary>
    /// The inverse of <see cref="OccurrenceId"/>: the post and UTC instant an occurrence id names. False for a
    /// one-off post's id, and for anything after a double dash that is not an instant as <see cref="OccurrenceId"/> writes it.
    /// </summary>
    public static bool TryParseOccurrence(string id, out string postId, out DateTimeOffset dueUtc)
    {
        var split = id.LastIndexOf(Separator, StringComparison.Ordinal);
        if (split > 0 && DateTime.TryParseExact(
                id.AsSpan(split + Separator.Length), InstantFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
        {
            postId = id[..split];
            dueUtc = new DateTimeOffset(instant, TimeSpan.Zero);
            return true;
        }

        postId = id;
        dueUtc = default;
        return false;
    }

    /// <summary>The id of the post <paramref name="id"/> belongs to: the repeating post for an occurrence id, else itself.</summary>
    public static string PostIdOf(string id) => TryParseOccurrence(id, out var postId, out _) ? postId : id;

    /// <summary>Whether <paramref name="candidate"/> names one occurrence of the repeating post <paramref name="postId"/>.</summary>
    public static bool IsOccurrenceOf(string candidate, string postId) =>
        candidate.Length > postId.Length + Separator.Length && candidate.StartsWith(OccurrencePrefix(postId), StringComparison.Ordinal);

    /// <summary>The first due instant at or after <paramref name="after"/>, or null when the post is over.</summary>
    public static DateTimeOffset? Next(ScheduledPost post, DateTimeOffset after) =>
        Occurrences(post, after, post.Repeat is null ? DateTimeOffset.MaxValue : (post.RepeatUntil?.AddTicks(1) ?? DateTimeOffset.MaxValue)).Cast<DateTimeOffset?>().FirstOrDefault();
}

/// <summary>One publication of a post at one due instant (an occurrence, for a repeating post).</summary>
public sealed record DuePublication(PublicationKey Key, DateTimeOffset DueUtc);
