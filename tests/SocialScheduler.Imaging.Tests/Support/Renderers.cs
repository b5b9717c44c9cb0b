using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Partners;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests.Support;

/// <summary>Renderers over the repository's real assets, campaign data and partners, with no disk cache.</summary>
internal static class Renderers
{
    public static CampaignCatalog Catalog { get; } = CampaignCatalogLoader.LoadFromDirectory(RepoPaths.Campaign);

    /// <summary>One renderer for read-only tests; its fonts live as long as the test process.</summary>
    public static SkiaCardRenderer Shared { get; } = Create();

    /// <summary>The repository's partners, as the service loads them.</summary>
    public static PartnerCatalog Partners { get; } = LoadPartners(RepoPaths.Assets, Catalog);

    public static SkiaCardRenderer Create(string? assetsPath = null, CampaignCatalog? catalog = null, string? cacheDirectory = null, PartnerCatalog? partners = null)
    {
        var options = Options.Create(new ImagingOptions
        {
            AssetsPath = assetsPath ?? RepoPaths.Assets,
            CacheDirectory = cacheDirectory,
            MemoryCacheEntries = 0,
        });
        var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
        catalog ??= Catalog;
        return new SkiaCardRenderer(
            source,
            catalog,
            new RenderedCardCache(options),
            partners ?? PartnerCatalogLoader.Load(Path.Combine(options.Value.AssetsPath, "partners"), catalog.Locales, new SkiaPartnerArtCheck(source)));
    }

    /// <summary>The partners under <paramref name="assetsPath"/>, checked against its template and theme.</summary>
    public static PartnerCatalog LoadPartners(string assetsPath, CampaignCatalog? catalog = null)
    {
        var options = Options.Create(new ImagingOptions { AssetsPath = assetsPath, CacheDirectory = null });
        using var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
        return PartnerCatalogLoader.Load(Path.Combine(assetsPath, "partners"), (catalog ?? Catalog).Locales, new SkiaPartnerArtCheck(source));
    }
}
