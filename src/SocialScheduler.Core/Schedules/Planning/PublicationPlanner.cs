using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>Expands posts (repeating ones included) into the publications due in a period.</summary>
public sealed class PublicationPlanner(AccountPlatforms platforms)
{
    public IReadOnlyList<PlannedPublication> Plan(
        IEnumerable<ScheduledPost> posts, DateTimeOffset from, DateTimeOffset to, string? account = null, string? locale = null)
    {
        var plan = new List<PlannedPublication>();
        foreach (var post in posts)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(post.TimeZone);
            plan.AddRange(
                from due in Recurrence.Publications(post, @from, to)
                where (account is null || due.Key.Account == account) && (locale is null || due.Key.Locale == locale)
                select new PlannedPublication(due.DueUtc, TimeZoneInfo.ConvertTime(due.DueUtc, zone), post.TimeZone, due.Key.Account,
                    platforms.PlatformOf(due.Key.Account), due.Key.Locale, post.Id, post.Card) { PublicationId = due.Key.ToString() });
        }

        return plan
            .OrderBy(p => p.DueUtc).ThenBy(p => p.Account, StringComparer.Ordinal)
            .ThenBy(p => p.PostId, StringComparer.Ordinal).ThenBy(p => p.Locale, StringComparer.Ordinal)
            .ToList();
    }
}
