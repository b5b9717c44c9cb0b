using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Facebook;

/// <summary>
/// A Facebook Page: posts up to 63,206 characters, alt text up to 1,000 (our cap: the Graph API states none), photos
/// uploaded as files of at most 4 MB, about 200 calls per hour per Page token (a photo post is one call).
/// </summary>
public sealed class FacebookPlatform : PlatformDescription
{
    public const string PlatformName = "Facebook";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(text => text.Length, 63_206, "characters")],
        new(text => text.Length, 1000, "characters"));

    public override ImageRules Images { get; } =
        new(CardSize.Landscape, 4 * 1024 * 1024, [MediaTypes.Jpeg, MediaTypes.Png]);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
        [new WindowLimit("PL007", 200, TimeSpan.FromHours(1), "Facebook allows about 200 Graph API calls per hour per Page token")];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts) =>
        services.AddHttpAdapter<FacebookAccountOptions, FacebookPublisher, FacebookAccountOptionsValidator>(accounts, FacebookApi.ClientName);
}
