using SocialScheduler.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SkiaSharp;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Imaging;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Platforms;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Hosting;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Publishing;

/// <summary>The image an account receives: drawn by the real renderer at the size and byte limit publishing uses.</summary>
public sealed class CardTargetFacts : IDisposable
{
    private readonly ServiceProvider _services = Build(new()
    {
        ["Accounts:x-main:Platform"] = "X",
        ["Accounts:x-square:Platform"] = "X",
        ["Accounts:x-square:CardSize"] = "square",
        ["Accounts:linkedin:Platform"] = "LinkedIn",
        ["Accounts:bluesky:Platform"] = "Bluesky",
        ["Accounts:bluesky-small:Platform"] = "Bluesky",
        ["Accounts:bluesky-small:MaxImageBytes"] = "200000",
        ["Accounts:bluesky-tiny:Platform"] = "Bluesky",
        ["Accounts:bluesky-tiny:MaxImageBytes"] = "80000",
        ["Publishing:CardSizes:LinkedIn"] = "wide",
    });

    private CardTargets Targets => _services.GetRequiredService<CardTargets>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_post_with_size_square_on_an_X_account_publishes_a_1080_by_1080_image()
    {
        var card = Targets.Render("growth-2020", "fr", "x-main", "X", "square");

        Assert.Equal((1080, 1080), Dimensions(card));
    }

    [Fact]
    public void A_post_without_a_size_takes_its_account_default_and_then_its_platform_default()
    {
        Assert.Equal((1080, 1080), Dimensions(Targets.Render("growth-2020", "en", "x-square", "X", null)));
        Assert.Equal((1200, 675), Dimensions(Targets.Render("growth-2020", "en", "x-main", "X", null)));
    }

    [Fact]
    public void The_post_size_wins_over_the_account_default_which_wins_over_Publishing_CardSizes()
    {
        Assert.Equal("portrait", Targets.For("x-square", "X", "portrait").Size);
        Assert.Equal("wide", Targets.For("linkedin", "LinkedIn", null).Size);
        Assert.Equal("link", Targets.For("unknown", "LinkedIn", "link").Size);
    }

    [Fact]
    public void A_Bluesky_account_with_MaxImageBytes_200000_receives_an_image_under_200000_bytes()
    {
        Assert.Equal(200_000, Targets.For("bluesky-small", "Bluesky", null).MaxBytes);

        var card = Targets.Render("children-online", "de", "bluesky-small", "Bluesky", "wide");

        Assert.True(card.Content.Length < 200_000, $"{card.Content.Length:N0} bytes");
        Assert.Equal((1600, 900), Dimensions(card));
    }

    [Fact]
    public void An_account_limit_below_the_card_s_PNG_gets_a_smaller_image_rather_than_a_refusal()
    {
        var usual = Targets.Render("children-online", "de", "bluesky", "Bluesky", "wide");
        Assert.True(usual.Content.Length > 80_000, $"the card is {usual.Content.Length:N0} bytes at the platform limit; the test needs a larger one");

        var card = Targets.Render("children-online", "de", "bluesky-tiny", "Bluesky", "wide");

        Assert.True(card.Content.Length <= 80_000, $"{card.Content.Length:N0} bytes");
        Assert.Equal((1600, 900), Dimensions(card));
    }

    [Fact]
    public void The_platform_limit_still_applies_when_the_account_allows_more()
    {
        var rules = _services.GetRequiredService<PlatformCatalog>().Get("Bluesky").Images;

        Assert.Equal(rules.MaxBytes, Targets.For("bluesky", "Bluesky", null).MaxBytes);
    }

    [Fact]
    public void A_platform_without_a_description_gets_no_card_rather_than_one_without_a_limit()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Targets.For("x-main", "Pigeon", null));

        Assert.Contains("'Pigeon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_account_CardSize_stops_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<StartupConfigurationException>(() =>
            WebTestHost.StartAsync(new Dictionary<string, string?> { ["Accounts:outbox:CardSize"] = "huge" }));

        Assert.Contains("Accounts:outbox:CardSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("square, portrait, landscape, wide or link", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50000")]
    [InlineData("79999")]
    public async Task An_account_MaxImageBytes_below_what_a_card_can_be_encoded_to_stops_start_up_naming_the_key_and_the_minimum(string limit)
    {
        var error = await Assert.ThrowsAsync<StartupConfigurationException>(() =>
            WebTestHost.StartAsync(new Dictionary<string, string?> { ["Accounts:outbox:MaxImageBytes"] = limit }));

        Assert.Contains(
            $"Accounts:outbox:MaxImageBytes = {limit} is below the smallest a card can be encoded to: write at least 80000",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_least_MaxImageBytes_accepted_the_largest_card_is_drawn_under_it()
    {
        using var services = Build(new()
        {
            ["Accounts:bluesky-least:Platform"] = "Bluesky",
            ["Accounts:bluesky-least:MaxImageBytes"] = "80000",
        });

        // public-support in Dutch, portrait: the campaign's largest card once encoded as small as it goes.
        var card = services.GetRequiredService<CardTargets>().Render("public-support", "nl", "bluesky-least", "Bluesky", "portrait");

        Assert.True(card.Content.Length <= 80_000, $"{card.Content.Length:N0} bytes");
        Assert.Equal((1080, 1350), Dimensions(card));
    }

    private static (int Width, int Height) Dimensions(RenderedCard card)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(card.Content.ToArray()));
        return (codec.Info.Width, codec.Info.Height);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Imaging:AssetsPath"] = RepoPaths.Assets;
        settings["Campaign:Path"] = RepoPaths.Campaign;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddCardRendering(configuration).AddPlatforms(configuration).AddAccounts(configuration);
        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.Section));
        services.AddSingleton<CardTargets>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
