using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Text;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Instagram;

/// <summary>
/// Instagram (professional accounts): captions up to 2,200 characters with at most 30 hashtags, alt text up to 1,000
/// characters (our cap: none is documented), JPEG only (a card is drawn as JPEG), up to 8 MB, 320–1440 px wide,
/// 4:5 to 1.91:1 (portrait by default), fetched by Instagram from a public URL; 50 published posts per 24 hours.
/// </summary>
public sealed class InstagramPlatform : PlatformDescription
{
    public const string PlatformName = "Instagram";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(Graphemes.Count, 2200, "characters"), new(HashtagCounter.Count, 30, "hashtags")],
        new(Graphemes.Count, 1000, "characters"));

    public override ImageRules Images { get; } = new(CardSize.Portrait, 8 * 1024 * 1024, [MediaTypes.Jpeg])
    {
        AspectRatio = (4.0 / 5.0, 1.91),
        Width = (320, 1440),
    };

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
        [new WindowLimit("PL008", 50, TimeSpan.FromHours(24), "Instagram allows 50 published posts per 24 hours per account")];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With(new FetchesMediaFromPublicUrl());

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts) =>
        services.AddContainerAdapter<InstagramAccountOptions, InstagramPublisher>(accounts, InstagramPublisher.ClientNameValue);
}
