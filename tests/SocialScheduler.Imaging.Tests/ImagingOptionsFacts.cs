using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests;

public sealed class ImagingOptionsFacts : IDisposable
{
    private readonly AssetsCopy _assets = new();

    [Fact]
    public void The_registered_renderer_draws_cards_from_the_configured_assets()
    {
        using var services = Build(new() { ["Imaging:AssetsPath"] = _assets.Path });

        var card = services.GetRequiredService<ICardRenderer>().Render(new CardRequest("reports-2021", "nl", "link"));

        Assert.Equal((1200, 627), (card.Width, card.Height));
        Assert.Same(services.GetRequiredService<ICardRenderer>(), services.GetRequiredService<ICardPreflight>());
    }

    [Fact]
    public void A_missing_assets_folder_stops_start_up_naming_the_key()
    {
        using var services = Build(new() { ["Imaging:AssetsPath"] = Path.Combine(_assets.Path, "nowhere") });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ImagingOptions>>().Value);

        Assert.StartsWith("Imaging:AssetsPath '", error.Message, StringComparison.Ordinal);
        Assert.Contains("has no templates/ folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_naming_a_colour_the_theme_lacks_stops_start_up_naming_the_file_and_field()
    {
        _assets.Edit("templates/statistic.json", t => t.Replace("\"color\": \"muted\"", "\"color\": \"grey\"", StringComparison.Ordinal));
        using var services = Build(new() { ["Imaging:AssetsPath"] = _assets.Path });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ImagingOptions>>().Value);

        Assert.Contains("statistic.json: sizes.square.source.color 'grey' is not a colour of the theme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_memory_cache_size_is_refused_with_its_key()
    {
        using var services = Build(new() { ["Imaging:AssetsPath"] = _assets.Path, ["Imaging:MemoryCacheEntries"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ImagingOptions>>().Value);

        Assert.Contains("Imaging:MemoryCacheEntries must be between 0 and 100000.", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Imaging:CacheDirectory"] = "";
        settings["Campaign:Path"] = Path.Combine(settings["Imaging:AssetsPath"]!, "campaign");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCardRendering(configuration).BuildServiceProvider();
    }

    public void Dispose() => _assets.Dispose();
}
