using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests.Partners;

public sealed class PartnerCardFacts : IDisposable
{
    private readonly AssetsCopy _assets = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("imaging-partner-cache-").FullName;

    [Fact]
    public void Every_partner_statistic_locale_and_size_fits_and_passes_the_contrast_check()
    {
        var renderer = Renderers.Shared;
        var requests = (
            from partner in Renderers.Partners.Ids
            from statistic in Renderers.Catalog.Statistics
            from locale in Renderers.Catalog.Locales
            from size in CardSize.All
            select new CardRequest(statistic.Id, locale, size.Name, partner)).ToList();

        // Fitting and the contrast check decide whether a card can be drawn; encoding 2,520 PNGs would add nothing.
        var problems = requests.AsParallel().SelectMany(r => renderer.Check(r)).ToList();

        Assert.Equal(14 * 6 * 6 * 5, requests.Count);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_partners_card_carries_its_plate_in_its_colour_beside_the_campaign_brand()
    {
        var partner = Renderers.Partners.Get("ncmec");
        var campaign = Renderers.Shared.Render(new CardRequest("reports-2021", "en", "square"));
        var coBranded = Renderers.Shared.Render(new CardRequest("reports-2021", "en", "square", "ncmec"));

        using var plain = Png.Decode(campaign.Content);
        using var card = Png.Decode(coBranded.Content);
        var plate = partner.Colors["plate"];
        // Inside the plate, right of the logo and below the name: the plate's colour, where the campaign card is bare.
        Assert.Equal(new SkiaSharp.SKColor(plate.R, plate.G, plate.B), card.GetPixel(990, 140));
        Assert.NotEqual(card.GetPixel(990, 140), plain.GetPixel(990, 140));
        Assert.NotEqual(campaign.ContentHash, coBranded.ContentHash);
        Dump(coBranded, "ncmec-reports-2021-en-square.png");
    }

    [Fact]
    public void The_same_partner_statistic_locale_and_size_always_gives_the_same_bytes()
    {
        var request = new CardRequest("hosted-europe", "it", "wide", "5rights");
        using var first = Renderers.Create();
        using var second = Renderers.Create();

        var a = first.Render(request);
        var b = second.Render(request);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.True(a.Content.Span.SequenceEqual(b.Content.Span), "two renderers drew different bytes");
    }

    [Fact]
    public void Editing_one_partners_theme_draws_again_only_that_partners_cards()
    {
        var requests = (
            from partner in new[] { "nspcc", "iwf", "thorn" }
            from locale in Renderers.Catalog.Locales
            select new CardRequest("growth-2020", locale, "link", partner)).ToList();
        using (var first = Renderers.Create(_assets.Path, cacheDirectory: _cache))
        {
            requests.ForEach(r => first.Render(r));
        }

        var before = Directory.GetFiles(_cache).ToHashSet();
        _assets.Edit("partners/iwf/partner.json", t => t.Replace("#4B2A83", "#3A1F6E", StringComparison.Ordinal));
        using var second = Renderers.Create(_assets.Path, cacheDirectory: _cache);
        var cards = requests.ToDictionary(r => r, second.Render);

        var drawn = Directory.GetFiles(_cache).Except(before).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(18, before.Count);
        Assert.Equal(requests.Where(r => r.Partner == "iwf").Select(r => cards[r].ContentHash).Order(), drawn);
    }

    [Fact]
    public void An_unknown_partner_is_refused_naming_the_partners_there_are()
    {
        var error = Assert.Throws<UnknownCardException>(() => Renderers.Shared.Render(new CardRequest("growth-2020", "en", "link", "unicef")));

        Assert.Equal("partner", error.Unknown.Field);
        Assert.StartsWith("Unknown partner 'unicef'. Valid partners: 5rights, brave-movement,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_card_keeps_the_campaign_cards_alt_text()
    {
        var campaign = Renderers.Shared.AltTextFor(new CardRequest("reports-2021", "de", "square"));
        var partner = Renderers.Shared.AltTextFor(new CardRequest("reports-2021", "de", "square", "terre-des-hommes"));

        Assert.Equal(campaign, partner);
    }

    // Set IMAGING_DUMP to a folder to look at the cards these tests draw.
    internal static void Dump(RenderedCard card, string name)
    {
        var folder = Environment.GetEnvironmentVariable("IMAGING_DUMP");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), card.Content.ToArray());
        }
    }

    public void Dispose()
    {
        _assets.Dispose();
        Directory.Delete(_cache, recursive: true);
    }
}
