using System.Globalization;
using Microsoft.Extensions.Configuration;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>
/// Compares a plan with each account's platform limits (<see cref="PlatformDescription.RateLimits"/>: the published
/// ones and a paid plan's caps under <c>Plans:&lt;platform&gt;</c>), per account: sliding windows report their
/// busiest stretch, monthly caps each month over.
/// </summary>
/// <remarks>Thread-safe; each platform's limits are read once.</remarks>
public sealed class RateLimitCheck(PlatformCatalog catalog, IConfiguration plans)
{
    private readonly Lazy<Dictionary<string, IReadOnlyList<RateLimit>>> _limits = new(() =>
        catalog.All.ToDictionary(d => d.Name, d => d.RateLimits(plans.GetSection(d.Name)), StringComparer.OrdinalIgnoreCase));

    public IReadOnlyList<PlanWarning> Check(IReadOnlyList<PlannedPublication> plan)
    {
        var warnings = new List<PlanWarning>();
        foreach (var group in plan.Where(p => p.Platform is not null).GroupBy(p => (p.Account, Platform: p.Platform!)))
        {
            var items = group.OrderBy(p => p.DueUtc).ToList();
            var platform = catalog.Get(group.Key.Platform).Name;
            foreach (var limit in _limits.Value[platform])
            {
                switch (limit)
                {
                    case WindowLimit window:
                        CheckWindow(warnings, group.Key.Account, platform, items, window);
                        break;
                    case MonthLimit month:
                        CheckMonths(warnings, group.Key.Account, platform, items, month);
                        break;
                    default:
                        throw new NotSupportedException($"The {platform} description has a rate limit of a kind plan cannot check: {limit.GetType().Name}.");
                }
            }
        }

        return warnings;
    }

    private static void CheckMonths(List<PlanWarning> warnings, string account, string platform, List<PlannedPublication> items, MonthLimit limit)
    {
        foreach (var month in items.GroupBy(p => new DateTime(p.DueUtc.Year, p.DueUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc)).Where(m => m.Count() > limit.Allowed))
        {
            warnings.Add(new PlanWarning(account, limit.Code, string.Create(CultureInfo.InvariantCulture,
                $"account {account} ({platform}) has {month.Count()} posts in {month.Key:yyyy-MM}; {limit.Rule}: move some to another month or raise the plan")));
        }
    }

    /// <summary>Reports the busiest window of the limit when its cost is over what the limit allows.</summary>
    private static void CheckWindow(List<PlanWarning> warnings, string account, string platform, List<PlannedPublication> items, WindowLimit limit)
    {
        int Cost(PlannedPublication p) => p.Card is null ? limit.CostPerPost : limit.CostPerPostWithCard;
        int start = 0, sum = 0, worst = 0, worstStart = 0, worstEnd = 0;
        for (var end = 0; end < items.Count; end++)
        {
            sum += Cost(items[end]);
            while (items[end].DueUtc - items[start].DueUtc >= limit.Window)
            {
                sum -= Cost(items[start++]);
            }

            if (sum > worst)
            {
                (worst, worstStart, worstEnd) = (sum, start, end);
            }
        }

        if (worst > limit.Allowed)
        {
            warnings.Add(new PlanWarning(account, limit.Code, string.Create(CultureInfo.InvariantCulture,
                $"account {account} ({platform}) needs {worst} between {items[worstStart].DueUtc:yyyy-MM-dd HH:mm}Z and {items[worstEnd].DueUtc:yyyy-MM-dd HH:mm}Z; {limit.Rule}: spread those posts out")));
        }
    }
}
