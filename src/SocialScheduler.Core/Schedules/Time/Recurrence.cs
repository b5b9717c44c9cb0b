using Cronos;

namespace SocialScheduler.Core.Schedules.Time;

/// <summary>
/// The due instants of a post: one for a one-off post, every cron occurrence for a repeating one. Cron fields are
/// read in the post's zone, so "0 9 * * *" stays 09:00 local across clock changes; an occurrence inside a
/// spring-forward gap runs when the gap ends, and one inside a fall-back hour runs once, the first time.
/// </summary>
public static class Recurrence
{
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
        foreach (var occurrence in cron.GetOccurrences(start, end, zone, fromInclusive: true, toInclusive: false))
        {
            yield return occurrence.ToUniversalTime();
        }
    }

    /// <summary>The first due instant at or after <paramref name="after"/>, or null when the post is over.</summary>
    public static DateTimeOffset? Next(ScheduledPost post, DateTimeOffset after) =>
        Occurrences(post, after, post.Repeat is null ? DateTimeOffset.MaxValue : (post.RepeatUntil?.AddTicks(1) ?? DateTimeOffset.MaxValue)).Cast<DateTimeOffset?>().FirstOrDefault();
}
