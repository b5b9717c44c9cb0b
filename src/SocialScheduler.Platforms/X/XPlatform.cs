using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Text;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.X;

/// <summary>
/// X: the twitter-text weighted count (280, links 23, emoji sequences 2), alt text up to 1,000 characters, images
/// up to 5 MiB, 100 posts per 15 minutes per user, and the caps of the paid plan in <c>Plans:X</c>.
/// </summary>
public sealed class XPlatform : PlatformDescription
{
    public const string PlatformName = "X";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(text => WeightedTextCounter.Count(text).WeightedLength, WeightedTextConfig.V3.MaxWeightedLength, "weighted characters")],
        new(text => text.Length, 1000, "characters"));

    public override ImageRules Images { get; } =
        new(CardSize.Landscape, 5 * 1024 * 1024, [MediaTypes.Jpeg, MediaTypes.Png, MediaTypes.Gif, MediaTypes.Webp]);

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan)
    {
        var limits = new List<RateLimit> { new WindowLimit("PL001", 100, TimeSpan.FromMinutes(15), "X allows 100 posts per 15 minutes per user") };
        var caps = plan.Get<XPlanOptions>() ?? new XPlanOptions();
        if (caps.PostsPerDay is { } perDay)
        {
            limits.Add(new WindowLimit("PL005", perDay, TimeSpan.FromDays(1),
                string.Create(CultureInfo.InvariantCulture, $"the X plan allows {perDay} posts per 24 hours (Plans:X:PostsPerDay)")));
        }

        if (caps.PostsPerMonth is { } perMonth)
        {
            limits.Add(new MonthLimit("PL006", perMonth,
                string.Create(CultureInfo.InvariantCulture, $"the X plan allows {perMonth} per month (Plans:X:PostsPerMonth)")));
        }

        return limits;
    }

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With<IAccountVerifier>();

    public override void AddRules(IServiceCollection services, IConfiguration configuration) =>
        services.AddOptions<XPlanOptions>().Bind(configuration.GetSection(XPlanOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts) =>
        services.AddHttpAdapter<XAccountOptions, XPublisher, XAccountOptionsValidator>(accounts, XApi.ClientName);
}
