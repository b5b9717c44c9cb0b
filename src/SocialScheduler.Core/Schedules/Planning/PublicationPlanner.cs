using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>Expands posts (repeating ones included) into the publications due in a period.</summary>
public sealed class PublicationPlanner(PlatformTextLimits limits)
{
    public IReadOnlyList<PlannedPublication> Plan(
        IEnumerable<ScheduledPost> posts, DateTimeOffset from, DateTimeOffset to, string? account = null, string? locale = null)
    {
        var plan = new List<PlannedPublication>();
        foreach (var post in posts)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(post.TimeZone);
            foreach (var due in Recurrence.Occurrences(post, from, to))
            {
                plan.AddRange(
                    from a in post.Accounts
                    where account is null || a == account
                    from l in post.Locales
                    where locale is null || l == locale
                    select new PlannedPublication(due, TimeZoneInfo.ConvertTime(due, zone), post.TimeZone, a, limits.PlatformOf(a), l, post.Id, post.Card));
            }
        }

        return plan
            .OrderBy(p => p.DueUtc).ThenBy(p => p.Account, StringComparer.Ordinal)
            .ThenBy(p => p.PostId, StringComparer.Ordinal).ThenBy(p => p.Locale, StringComparer.Ordinal)
            .ToList();
    }
}
