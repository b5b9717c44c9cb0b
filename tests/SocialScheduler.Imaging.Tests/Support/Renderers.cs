using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Support;

/// <summary>Renderers over the repository's real assets and campaign data, with no disk cache.</summary>
internal static class Renderers
{
    public static CampaignCatalog Catalog { get; } = CampaignCatalogLoader.LoadFromDirectory(RepoPaths.Campaign);

    /// <summary>One renderer for read-only tests; its fonts live as long as the test process.</summary>
    public static SkiaCardRenderer Shared { get; } = Create();

    public static SkiaCardRenderer Create(string? assetsPath = null, CampaignCatalog? catalog = null, string? cacheDirectory = null)
    {
        var options = Options.Create(new ImagingOptions
        {
            AssetsPath = assetsPath ?? RepoPaths.Assets,
            CacheDirectory = cacheDirectory,
            MemoryCacheEntries = 0,
        });
        return new SkiaCardRenderer(
            new CardAssetSource(options, NullLogger<CardAssetSource>.Instance),
            catalog ?? Catalog,
            new RenderedCardCache(options));
    }
}
