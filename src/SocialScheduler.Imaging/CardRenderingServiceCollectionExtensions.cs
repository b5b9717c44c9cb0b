using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;

namespace SocialScheduler.Imaging;

public static class CardRenderingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the card renderer (<see cref="ICardRenderer"/>, <see cref="IBoundedCardRenderer"/>,
    /// <see cref="ICardPreflight"/>) with options from the <c>Imaging</c> section, validated at start, and the
    /// campaign catalogue from <c>Campaign:Path</c> (default <c>&lt;Imaging:AssetsPath&gt;/campaign</c>) unless one is
    /// already registered.
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
        services.TryAddSingleton(sp => new CardChoices(sp.GetRequiredService<CampaignCatalog>()));
        services.TryAddSingleton<CardAssetSource>();
        services.TryAddSingleton<RenderedCardCache>();
        services.TryAddSingleton(sp => new SkiaCardRenderer(
            sp.GetRequiredService<CardAssetSource>(),
            sp.GetRequiredService<CampaignCatalog>(),
            sp.GetRequiredService<RenderedCardCache>()));
        services.TryAddSingleton(sp => new ContactSheet(sp.GetRequiredService<CardAssetSource>(), sp.GetRequiredService<RenderedCardCache>()));
        services.TryAddSingleton<ICardRenderer>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        services.TryAddSingleton<IBoundedCardRenderer>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        services.TryAddSingleton<ICardPreflight>(sp => sp.GetRequiredService<SkiaCardRenderer>());
        return services;
    }
}
