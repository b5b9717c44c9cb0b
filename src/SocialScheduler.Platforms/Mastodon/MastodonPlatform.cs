using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Text;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>
/// Mastodon: graphemes with each link counted as 23, capped by the instance (<c>Accounts:&lt;name&gt;:MaxCharacters</c>,
/// <c>CharactersReservedPerUrl</c> and <c>DescriptionLimit</c> for alt text; 500, 23 and 1,500 by default), images
/// up to 8 MiB, 300 requests per 5 minutes per account (an image is one more).
/// </summary>
public sealed class MastodonPlatform : PlatformDescription
{
    public const int DefaultMaxCharacters = 500;
    public const int DefaultCharactersReservedPerUrl = 23;
    public const int DefaultDescriptionLimit = 1500;

    public const string PlatformName = "Mastodon";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account)
    {
        var perUrl = account.GetValue("CharactersReservedPerUrl", DefaultCharactersReservedPerUrl);
        return new(
            [new(text => Graphemes.CountWithLinksAs(text, perUrl), account.GetValue("MaxCharacters", DefaultMaxCharacters), "characters")],
            new(Graphemes.Count, account.GetValue("DescriptionLimit", DefaultDescriptionLimit), "characters"));
    }

    // The pixel limit is each instance's own (image_matrix_limit), so none is stated here.
    public override ImageRules Images { get; } =
        new(CardSize.Landscape, 8 * 1024 * 1024, [MediaTypes.Jpeg, MediaTypes.Png, MediaTypes.Webp, MediaTypes.Gif]);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
        [new WindowLimit("PL002", 300, TimeSpan.FromMinutes(5), "Mastodon allows 300 requests per 5 minutes per account", CostPerPost: 1, CostPerPostWithCard: 2)];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With<IAccountVerifier>();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts)
    {
        services.AddHttpAdapter<MastodonAccountOptions, MastodonPublisher, MastodonAccountOptionsValidator>(accounts, MastodonApi.ClientName);
        services.AddSingleton<IAccountConnector, MastodonConnector>();
    }
}
