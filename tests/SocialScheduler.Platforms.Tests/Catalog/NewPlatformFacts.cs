using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Planning;
using SocialScheduler.Core.Text;
using SocialScheduler.Testing;

namespace SocialScheduler.Platforms.Tests.Catalog;

/// <summary>A platform is one description and one line: validation and <c>plan</c> apply its rules with no other change.</summary>
public sealed class NewPlatformFacts
{
    [Fact]
    public void A_platform_added_with_one_line_has_its_text_counted_and_its_daily_limit_planned()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Campaign:Path"] = RepoPaths.Campaign,
            ["Accounts:short:Platform"] = "Short",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPlatformCatalog(configuration).Add<ShortPlatform>();
        using var provider = services.AddAccounts(configuration).AddSchedules(configuration).BuildServiceProvider();

        var measure = Assert.Single(provider.GetRequiredService<AccountPlatforms>().MeasurePost("short", new string('a', 12)));
        var start = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var plan = Enumerable.Range(0, 3).Select(i => new PlannedPublication(start.AddHours(i), start.AddHours(i), "UTC", "short", "Short", "en", $"p{i}", null)).ToList();
        var warning = Assert.Single(provider.GetRequiredService<RateLimitCheck>().Check(plan));

        Assert.Equal(new TextMeasure(12, 10, "graphemes"), measure);
        Assert.Equal("warning PL900: account short (Short) needs 3 between 2026-12-01 08:00Z and 2026-12-01 10:00Z; Short allows 2 posts per day: spread those posts out", warning.ToString());
    }

    private sealed class ShortPlatform : PlatformDescription
    {
        public override string Name => "Short";

        public override TextRules Text(IConfiguration account) => new([new(Graphemes.Count, 10, "graphemes")], new(Graphemes.Count, 100, "graphemes"));

        public override ImageRules Images { get; } = new(CardSize.Square, 1_000_000, ["image/jpeg"]);

        public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
            [new WindowLimit("PL900", 2, TimeSpan.FromDays(1), "Short allows 2 posts per day")];

        public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts)
        {
        }
    }
}
