using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Platforms;
using SocialScheduler.Testing;

namespace SocialScheduler.Core.Tests.Support;

/// <summary>Builders for schedule tests: a fixed clock, the real campaign catalog and one account per platform.</summary>
public static class Some
{
    /// <summary>Saturday 28 November 2026, 10:00 UTC: before every post of the campaign's schedule.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static CampaignCatalog Catalog { get; } = CampaignCatalogLoader.LoadFromDirectory(RepoPaths.Campaign);

    public static AccountDirectory Accounts { get; } = new(new Dictionary<string, AccountOptions>
    {
        ["outbox"] = new() { Platform = "Outbox" },
        ["x-main"] = new() { Platform = "X" },
        ["mastodon-eu"] = new() { Platform = "Mastodon" },
        ["bsky"] = new() { Platform = "Bluesky" },
        ["linkedin-org"] = new() { Platform = "LinkedIn" },
        ["instagram"] = new() { Platform = "Instagram" },
        ["threads"] = new() { Platform = "Threads" },
    });

    /// <summary>The platform descriptions the service registers.</summary>
    public static PlatformCatalog Platforms { get; } = new ServiceCollection().AddPlatforms(new ConfigurationBuilder().Build()).PlatformCatalog();

    /// <summary>Each of <see cref="Accounts"/> with its platform's default limits.</summary>
    public static AccountPlatforms AccountPlatforms { get; } = new(Accounts, Platforms);

    public static FakeTimeProvider Clock(DateTimeOffset? now = null) => new(now ?? Now);

    public static PostValidator PostValidator(TimeProvider? time = null, params ICardPreflight[] preflights) =>
        new(Catalog, Accounts, time ?? Clock(), AccountPlatforms, preflights);

    /// <summary>A validator whose <c>Publishing:MissedWindow</c> is <paramref name="missedWindow"/>.</summary>
    public static PostValidator PostValidator(TimeSpan missedWindow) =>
        new(Catalog, Accounts, Clock(), AccountPlatforms, [], new MissedWindow(missedWindow));

    public static ScheduleFileValidator FileValidator(TimeProvider? time = null, ScheduleOptions? options = null, params ICardPreflight[] preflights) =>
        new(PostValidator(time, preflights), options ?? new ScheduleOptions());

    public static FileScheduleSource Source(string folder, TimeProvider? time = null)
    {
        var options = new ScheduleOptions { Path = folder, DebounceMilliseconds = 50 };
        time ??= Clock();
        return new FileScheduleSource(new ScheduleFolder(FileValidator(time, options), options), options, time, NullLogger<FileScheduleSource>.Instance);
    }
}
