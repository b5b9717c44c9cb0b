using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Text;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>
/// Bluesky: at most 300 graphemes and 3,000 UTF-8 bytes with links counted in full, alt text up to 2,000
/// graphemes, images up to 1,000,000 bytes, 5,000 record points per hour and 35,000 per day (3 per post).
/// </summary>
public sealed class BlueskyPlatform : PlatformDescription
{
    public const string PlatformName = "Bluesky";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(Graphemes.Count, 300, "graphemes"), new(Utf8Bytes.Count, 3000, "UTF-8 bytes")],
        new(Graphemes.Count, 2000, "graphemes"));

    public override ImageRules Images { get; } = new(CardSize.Landscape, 1_000_000, [MediaTypes.Jpeg, MediaTypes.Png]);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
    [
        new WindowLimit("PL003", 5000, TimeSpan.FromHours(1), "Bluesky allows 5,000 record points per hour per account (3 per post)", CostPerPost: 3, CostPerPostWithCard: 3),
        new WindowLimit("PL003", 35000, TimeSpan.FromDays(1), "Bluesky allows 35,000 record points per day per account (3 per post)", CostPerPost: 3, CostPerPostWithCard: 3),
    ];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With<IAccountVerifier>();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts)
    {
        services.AddHttpAdapter<BlueskyAccountOptions, BlueskyPublisher, BlueskyAccountOptionsValidator>(accounts, BlueskyApi.ClientName);
        services.TryAddSingleton<BlueskySessions>();
    }
}
