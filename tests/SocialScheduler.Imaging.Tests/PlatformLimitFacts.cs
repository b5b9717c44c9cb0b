using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Imaging.Tests.Support;
using SocialScheduler.Platforms;

namespace SocialScheduler.Imaging.Tests;

public sealed class PlatformLimitFacts
{
    private static readonly PlatformCatalog Platforms = new ServiceCollection().AddPlatforms(new ConfigurationBuilder().Build()).PlatformCatalog();

    [Theory]
    [InlineData("X", "landscape")]
    [InlineData("Mastodon", "landscape")]
    [InlineData("Bluesky", "landscape")]
    [InlineData("LinkedIn", "link")]
    [InlineData("Instagram", "portrait")]
    [InlineData("Threads", "square")]
    public void Each_platform_has_its_default_card_size(string platform, string size) =>
        Assert.Equal(size, Platforms.Get(platform).Images.DefaultSize.Name);

    [Fact]
    public void Bluesky_takes_at_most_a_million_bytes() =>
        Assert.Equal(1_000_000, Platforms.Get("bluesky").Images.MaxBytes);

    [Fact]
    public void A_card_under_the_limit_stays_a_png()
    {
        var card = Renderers.Shared.Render(new CardRequest("growth-2020", "it", "wide"), Platforms.Get("Bluesky").Images.MaxBytes);

        Assert.Equal("image/png", card.ContentType);
        Assert.True(card.Content.Length <= 1_000_000);
    }

    [Fact]
    public void A_card_over_the_limit_becomes_a_jpeg_under_it()
    {
        var request = new CardRequest("growth-2020", "it", "wide");
        var png = Renderers.Shared.Render(request);
        var limit = png.Content.Length - 1;

        var card = Renderers.Shared.Render(request, limit);

        Assert.Equal("image/jpeg", card.ContentType);
        Assert.InRange(card.Content.Length, 1, limit);
        using var bitmap = Png.Decode(card.Content);
        Assert.Equal((1600, 900), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("square")]
    [InlineData("portrait")]
    public void A_card_for_instagram_is_drawn_as_a_jpeg_of_its_size_even_when_the_png_would_fit(string size)
    {
        var images = Platforms.Get("Instagram").Images;

        var card = Renderers.Shared.Render(new CardRequest("growth-2020", "nl", size), images.MaxBytes, images.ContentTypes);

        Assert.Equal("image/jpeg", card.ContentType);
        Assert.Equal([0xFF, 0xD8, 0xFF], card.Content[..3].ToArray());
        using var bitmap = SkiaSharp.SKBitmap.Decode(card.Content.ToArray());
        Assert.Equal((CardSize.All.First(s => s.Name == size).Width, CardSize.All.First(s => s.Name == size).Height), (bitmap.Width, bitmap.Height));
        Assert.False(string.IsNullOrWhiteSpace(card.AltText));
    }

    [Fact]
    public void A_limit_no_encoding_can_meet_is_an_error_not_a_refused_upload()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Renderers.Shared.Render(new CardRequest("growth-2020", "it", "wide"), 2_000));

        Assert.Contains("does not fit in 2000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_campaign_card_in_every_size_fits_under_the_least_MaxImageBytes_an_account_may_set()
    {
        var requests = (
            from statistic in Renderers.Catalog.Statistics
            from locale in Renderers.Catalog.Locales
            from size in CardSize.All
            select new CardRequest(statistic.Id, locale, size.Name)).ToList();

        var sizes = requests.AsParallel().Select(r => (Request: r, Bytes: Renderers.Shared.Render(r, AccountOptions.MinImageBytes).Content.Length)).ToList();

        Assert.Equal(180, sizes.Count);
        var largest = sizes.MaxBy(s => s.Bytes);
        Assert.True(largest.Bytes <= AccountOptions.MinImageBytes, $"{largest.Request}: {largest.Bytes:N0} bytes");
    }
}
