using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Platforms;

namespace SocialScheduler.Schedules.Benchmarks;

/// <summary>The validation services as the service builds them, with a clock fixed before every generated post.</summary>
public static class Services
{
    public static ScheduleFolder Folder(string repoRoot)
    {
        var catalog = CampaignCatalogLoader.LoadFromDirectory(Path.Combine(repoRoot, "assets", "campaign"));
        var accounts = new AccountDirectory(new Dictionary<string, AccountOptions>
        {
            ["x-main"] = new() { Platform = "X" },
            ["mastodon-eu"] = new() { Platform = "Mastodon" },
            ["bsky"] = new() { Platform = "Bluesky" },
        });
        var options = new ScheduleOptions();
        var posts = new PostValidator(catalog, accounts, new FixedClock(), new AccountPlatforms(accounts, new ServiceCollection().AddPlatforms(new ConfigurationBuilder().Build()).PlatformCatalog()), Array.Empty<ICardPreflight>());
        return new ScheduleFolder(new ScheduleFileValidator(posts, options), options);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialScheduler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    }
}
