using System.Globalization;
using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>
/// Compares a plan with each platform's published limits, per account, over sliding windows: X 100 posts per
/// 15 minutes per user and the configured plan's posts per day and month; Mastodon 300 requests per 5 minutes
/// (a post with a card takes two: media and status); Bluesky 5,000 record points per hour and 35,000 per day
/// (3 per post); LinkedIn about 150 requests per member per day (3 per post with an image).
/// </summary>
public static class RateLimitCheck
{
    private sealed record Limit(string Code, int Cost, int CostWithCard, int Allowed, TimeSpan Window, string Rule);

    private static readonly Dictionary<TextPlatform, Limit[]> Published = new()
    {
        [TextPlatform.X] = [new("PL001", 1, 1, 100, TimeSpan.FromMinutes(15), "X allows 100 posts per 15 minutes per user")],
        [TextPlatform.Mastodon] = [new("PL002", 1, 2, 300, TimeSpan.FromMinutes(5), "Mastodon allows 300 requests per 5 minutes per account")],
        [TextPlatform.Bluesky] =
        [
            new("PL003", 3, 3, 5000, TimeSpan.FromHours(1), "Bluesky allows 5,000 record points per hour per account (3 per post)"),
            new("PL003", 3, 3, 35000, TimeSpan.FromDays(1), "Bluesky allows 35,000 record points per day per account (3 per post)"),
        ],
        [TextPlatform.LinkedIn] = [new("PL004", 1, 3, 150, TimeSpan.FromDays(1), "LinkedIn is commonly quoted at about 150 requests per member per day")],
    };

    public static IReadOnlyList<PlanWarning> Check(IReadOnlyList<PlannedPublication> plan, PlanOptions options)
    {
        var warnings = new List<PlanWarning>();
        foreach (var group in plan.Where(p => p.Platform is not null).GroupBy(p => (p.Account, Platform: p.Platform!.Value)))
        {
            var items = group.OrderBy(p => p.DueUtc).ToList();
            foreach (var limit in Published.GetValueOrDefault(group.Key.Platform, []))
            {
                CheckWindow(warnings, group.Key.Account, items, limit.Code, limit.Window, limit.Allowed, p => p.Card is null ? limit.Cost : limit.CostWithCard, limit.Rule);
            }

            if (group.Key.Platform == TextPlatform.X)
            {
                CheckXPlan(warnings, group.Key.Account, items, options.X);
            }
        }

        return warnings;
    }

    private static void CheckXPlan(List<PlanWarning> warnings, string account, List<PlannedPublication> items, XPlanOptions plan)
    {
        if (plan.PostsPerDay is { } perDay)
        {
            CheckWindow(warnings, account, items, "PL005", TimeSpan.FromDays(1), perDay, _ => 1, $"the X plan allows {perDay} posts per 24 hours (Plans:X:PostsPerDay)");
        }

        if (plan.PostsPerMonth is { } perMonth)
        {
            foreach (var month in items.GroupBy(p => new DateTime(p.DueUtc.Year, p.DueUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc)).Where(m => m.Count() > perMonth))
            {
                warnings.Add(new PlanWarning(account, "PL006", string.Create(CultureInfo.InvariantCulture,
                    $"account {account} (X) has {month.Count()} posts in {month.Key:yyyy-MM}; the X plan allows {perMonth} per month (Plans:X:PostsPerMonth): move some to another month or raise the plan")));
            }
        }
    }

    /// <summary>Reports the busiest window of <paramref name="window"/> when its cost is over <paramref name="allowed"/>.</summary>
    private static void CheckWindow(List<PlanWarning> warnings, string account, List<PlannedPublication> items, string code,
        TimeSpan window, int allowed, Func<PlannedPublication, int> cost, string rule)
    {
        int start = 0, sum = 0, worst = 0, worstStart = 0, worstEnd = 0;
        for (var end = 0; end < items.Count; end++)
        {
            sum += cost(items[end]);
            while (items[end].DueUtc - items[start].DueUtc >= window)
            {
                sum -= cost(items[start++]);
            }

            if (sum > worst)
            {
                (worst, worstStart, worstEnd) = (sum, start, end);
            }
        }

        if (worst > allowed)
        {
            warnings.Add(new PlanWarning(account, code, string.Create(CultureInfo.InvariantCulture,
                $"account {account} ({items[0].Platform}) needs {worst} between {items[worstStart].DueUtc:yyyy-MM-dd HH:mm}Z and {items[worstEnd].DueUtc:yyyy-MM-dd HH:mm}Z; {rule}: spread those posts out")));
        }
    }
}
