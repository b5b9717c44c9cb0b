using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Text;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Threads;

/// <summary>
/// Threads: 500 characters, each emoji counted as its UTF-8 bytes as Threads counts them; alt text up to 1,000
/// characters (our cap: none is documented); JPEG or PNG up to 8 MB, 320–1440 px wide, ratios up to 10:1, fetched
/// by Threads from a public URL (square by default); 250 published posts per 24 hours.
/// </summary>
public sealed class ThreadsPlatform : PlatformDescription
{
    public const string PlatformName = "Threads";

    public override string Name => PlatformName;

    public override TextRules Text(IConfiguration account) => new(
        [new(Graphemes.CountWithEmojiAsUtf8Bytes, 500, "characters")],
        new(Graphemes.Count, 1000, "characters"));

    public override ImageRules Images { get; } = new(CardSize.Square, 8 * 1024 * 1024, [MediaTypes.Jpeg, MediaTypes.Png])
    {
        AspectRatio = (0.1, 10),
        Width = (320, 1440),
    };

    public override IReadOnlyList<RateLimit> RateLimits(IConfiguration plan) =>
        [new WindowLimit("PL009", 250, TimeSpan.FromHours(24), "Threads allows 250 published posts per 24 hours per profile")];

    public override PlatformCapabilities Capabilities { get; } =
        PlatformCapabilities.None.With<IPublicationFinder>().With(new FetchesMediaFromPublicUrl());

    public override void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts) =>
        services.AddContainerAdapter<ThreadsAccountOptions, ThreadsPublisher>(accounts, ThreadsPublisher.ClientNameValue);
}
