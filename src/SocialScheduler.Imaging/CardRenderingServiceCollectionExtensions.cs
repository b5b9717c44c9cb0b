using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Partners;

namespace SocialScheduler.Imaging;

public static class CardRenderingServiceCollectionExtensions
{
    /// <summary>The folder under <c>Imaging:AssetsPath</c> holding one folder per partner.</summary>
    public const string PartnersFolder = "partners";

    /// <summary>
    /// Registers the card renderer (<see cref="ICardRenderer"/>, <see cref="IBoundedCardRenderer"/>,
    /// <see cref="ICardPreflight"/>) with options from the <c>Imaging</c> section, validated at start, and the
    /// campaign catalogue from <c>Campaign:Path</c> (default <c>&lt;Imaging:AssetsPath&gt;/campaign</c>) unless one is
    /// already registered, and the partners from <c>&lt;Imaging:AssetsPath&gt;/partners</c>, loaded at start: a partner
    /// with a problem is logged with its file, line and field and left out; the others are served.
    /// </summary>
    public static IServiceCollection AddCardRendering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImagingOptions>()
            .Bind(configuration.GetSection(ImagingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImagingOptions>, ImagingOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var assets = sp.GetRequiredService<IOptions<ImagingOptions>>().Value.AssetsPath;
            return CampaignCatalogLoader.LoadFromDirectory(configuration["Campaign:Path"] ?? Path.Combine(assets, "campaign"));
        });
        services.TryAddSingleton<CardAssetSource>();
        services.TryAddSingleton<IPartnerArtCheck>(sp => new SkiaPartnerArtCheck(sp.GetRequiredService<CardAssetSource>()));
        services.TryAddSingleton(sp => PartnerCatalogLoader.Load(
            Path.Combine(sp.GetRequiredService<IOptions<ImagingOptions>>().Value.AssetsPath, PartnersFolder),
            sp.GetRequiredService<CampaignCatalog>().Locales,
            sp.GetRequiredService<IPartnerArtCheck>()));
        services.AddHostedService<PartnerStartupReport>();
        services.TryAddSingleton(sp => new CardChoices(sp.GetRequiredService<CampaignCatalog>(), sp.GetRequiredService<PartnerCatalog>()));
        services.TryAddSingleton<RenderedCardCache>();
        services.TryAddSingleton(sp => new SkiaCardRenderer(
            sp.GetRequiredService<CardAssetSource>(),
            sp.GetRequiredService<CampaignCatalog>(),
            sp.GetRequiredService<RenderedCardCache>(),
            sp.GetRequiredService<PartnerCatalog>()));
        services.TryAddSingleton(sp => new ContactSheet(sp.GetRequiredService<CardAssetSource>(), sp.GetRequiredService<RenderedCardCache>()));
        services.TryAddSingleton<ICardRenderer>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        services.TryAddSingleton<IBoundedCardRenderer>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        services.TryAddSingleton<ICardPreflight>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        return services;
    }
}
