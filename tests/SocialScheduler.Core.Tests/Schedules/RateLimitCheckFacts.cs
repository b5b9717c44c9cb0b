using SocialScheduler.Core.Schedules.Planning;
using Microsoft.Extensions.Configuration;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

public class RateLimitCheckFacts
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly RateLimitCheck Check = new(Some.Platforms, new ConfigurationBuilder().Build());

    private static List<PlannedPublication> Every(TimeSpan step, int count, string account, string platform, string? card) =>
        Enumerable.Range(0, count)
            .Select(i => new PlannedPublication(Start + (step * i), Start + (step * i), "UTC", account, platform, "en", $"p{i}", card))
            .ToList();

    [Fact]
    public void Mastodon_counts_two_requests_for_a_post_with_a_card()
    {
        var plan = Every(TimeSpan.FromSeconds(1), 151, "mastodon-eu", "Mastodon", "reports-2021");

        var warning = Assert.Single(Check.Check(plan));

        Assert.Equal("PL002", warning.Code);
        Assert.StartsWith("account mastodon-eu (Mastodon) needs 302 between 2026-12-01 08:00Z and 2026-12-01 08:02Z; Mastodon allows 300 requests per 5 minutes per account", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_spread_out_enough_raise_no_warning()
    {
        var plan = Every(TimeSpan.FromSeconds(10), 100, "x-main", "X", null)
            .Concat(Every(TimeSpan.FromMinutes(15), 96, "x-main", "X", null).Select(p => p with { DueUtc = p.DueUtc.AddDays(2) }))
            .ToList();

        Assert.Empty(Check.Check(plan));
    }

    [Fact]
    public void Bluesky_record_points_are_checked_per_hour()
    {
        var plan = Every(TimeSpan.FromSeconds(2), 1667, "bsky", "Bluesky", null);

        var warning = Assert.Single(Check.Check(plan));

        Assert.StartsWith("account bsky (Bluesky) needs 5001 between", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instagram", "Instagram", 51, "PL008", "Instagram allows 50 published posts per 24 hours per account")]
    [InlineData("threads", "Threads", 251, "PL009", "Threads allows 250 published posts per 24 hours per profile")]
    public void Meta_publishing_quotas_are_checked_over_24_hours(string account, string platform, int posts, string code, string rule)
    {
        var plan = Every(TimeSpan.FromMinutes(5), posts, account, platform, "reports-2021");

        var warning = Assert.Single(Check.Check(plan));

        Assert.Equal(code, warning.Code);
        Assert.Contains($"account {account} ({platform}) needs {posts} between", warning.Message, StringComparison.Ordinal);
        Assert.Contains(rule, warning.Message, StringComparison.Ordinal);
        Assert.Empty(Check.Check(plan.SkipLast(1).ToList()));
    }

    [Fact]
    public void The_outbox_has_no_rate_limit() =>
        Assert.Empty(Check.Check(Every(TimeSpan.Zero, 10_000, "outbox", "Outbox", "reports-2021")));
}
