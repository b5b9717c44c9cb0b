using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Storage;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Outbox;

/// <summary>
/// The dry-run outbox: it publishes nowhere, so no text limit and no rate limit apply; its cards are drawn as the
/// landscape cards most platforms take, under 5,000,000 bytes.
/// </summary>
public sealed class OutboxPlatform : PlatformDescription
{
    public const string PlatformName = "Outbox";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => TextRules.None;

    public override ImageRules Images { get; } = new(CardSize.Landscape, 5_000_000, [MediaTypes.Png, MediaTypes.Jpeg]);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) => [];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With<IAccountVerifier>();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FullDisks>();
        services.AddSingleton<IPlatformPublisher, OutboxPublisher>();
    }
}
