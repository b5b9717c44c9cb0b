using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>
/// LinkedIn: 3,000 characters counted after little-text escaping, alt text up to 4,086 characters, images up to
/// 5 MiB and under 36,152,320 pixels drawn as link cards, about 150 requests per member per day (3 with an image).
/// </summary>
public sealed class LinkedInPlatform : PlatformDescription
{
    public const string PlatformName = "LinkedIn";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(LittleText.Format.Count, 3000, "characters after LinkedIn escaping")],
        new(text => text.Length, 4086, "characters"));

    public override ImageRules Images { get; } =
        new(CardSize.Link, 5 * 1024 * 1024, [MediaTypes.Jpeg, MediaTypes.Png, MediaTypes.Gif], MaxPixels: 36_152_319);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
        [new WindowLimit("PL004", 150, TimeSpan.FromDays(1), "LinkedIn is commonly quoted at about 150 requests per member per day", CostPerPost: 1, CostPerPostWithCard: 3)];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With<IAccountVerifier>();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts) =>
        services.AddHttpAdapter<LinkedInAccountOptions, LinkedInPublisher, LinkedInAccountOptionsValidator>(accounts, LinkedInApi.ClientName);
}
