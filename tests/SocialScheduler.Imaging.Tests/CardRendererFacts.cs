using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests;

public sealed class CardRendererFacts
{
    private static readonly CardRequest German = new("reports-2021", "de", "landscape");

    [Fact]
    public void The_same_card_rendered_twice_has_the_same_bytes_and_hash()
    {
        using var first = Renderers.Create();
        using var second = Renderers.Create();

        var a = first.Render(German);
        var b = second.Render(German);

        Assert.Equal(a.Content.ToArray(), b.Content.ToArray());
        Assert.Equal(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void Cards_rendered_in_parallel_have_the_same_bytes_as_rendered_one_by_one()
    {
        var requests = Renderers.Catalog.Locales
            .SelectMany(l => CardSize.All.Select(s => new CardRequest("hosted-europe", l, s.Name))).ToList();
        using var sequential = Renderers.Create();
        using var parallel = Renderers.Create();

        var one = requests.Select(r => sequential.Render(r).Content.ToArray()).ToList();
        var many = requests.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(r => parallel.Render(r).Content.ToArray()).ToList();

        Assert.Equal(one, many);
    }

    [Theory]
    [InlineData("square")]
    [InlineData("link")]
    public void The_png_holds_exactly_the_pixels_drawn(string size)
    {
        var request = German with { Size = size };
        using var drawn = Renderers.Shared.DrawUncached(request);

        using var decoded = Png.Decode(Renderers.Shared.Render(request).Content);

        Assert.Equal((drawn.Width, drawn.Height), (decoded.Width, decoded.Height));
        Assert.Equal(drawn.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Each_locale_gives_a_different_card_and_hash()
    {
        var cards = Renderers.Catalog.Locales.Select(l => Renderers.Shared.Render(German with { Locale = l })).ToList();

        Assert.Equal(cards.Count, cards.Select(c => c.ContentHash).Distinct().Count());
        Assert.Equal(cards.Count, cards.Select(c => Convert.ToBase64String(c.Content.Span)).Distinct().Count());
    }

    [Fact]
    public void The_alt_text_says_the_number_its_meaning_and_its_source_in_the_locale()
    {
        var card = Renderers.Shared.Render(new CardRequest("hosted-europe", "fr", "square"));

        Assert.Equal(
            "62 % des contenus pédopornographiques signalés en 2021 étaient hébergés en Europe. Source : Internet Watch Foundation, rapport annuel, 2021.",
            card.AltText.Replace('\u00A0', ' '));
    }

    [Fact]
    public void An_unknown_size_is_refused_naming_the_valid_sizes()
    {
        var error = Assert.Throws<UnknownCardException>(() => Renderers.Shared.Render(German with { Size = "huge" }));

        Assert.Equal("Unknown size 'huge'. Valid sizes: square, portrait, landscape, wide, link.", error.Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void A_caption_too_long_for_the_card_is_a_preflight_problem_naming_the_box()
    {
        var caption = string.Join(' ', Enumerable.Repeat("Darstellungen sexuellen Kindesmissbrauchs", 12));

        var problems = Renderers.Shared.Check(German, caption);

        var problem = Assert.Single(problems);
        Assert.StartsWith("reports-2021/de/landscape: caption: the text needs", problem, StringComparison.Ordinal);
        Assert.Throws<CardLayoutException>(() => Renderers.Shared.RenderWithCaption(German, caption));
    }

    [Fact]
    public void A_caption_with_characters_the_fonts_lack_is_a_preflight_problem()
    {
        var problems = Renderers.Shared.Check(German, "Kinder 🧒 online");

        Assert.Contains(problems, p => p.Contains("caption: the font 'NotoSans-Regular.ttf' has no glyph for '🧒' (U+1F9D2)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tried_caption_changes_the_image_and_the_alt_text_but_not_the_stored_card()
    {
        var tried = Renderers.Shared.RenderWithCaption(German, "Meldungen im Jahr 2021");
        var stored = Renderers.Shared.Render(German);

        Assert.NotEqual(tried.ContentHash, stored.ContentHash);
        Assert.Contains("Meldungen im Jahr 2021", tried.AltText, StringComparison.Ordinal);
        Assert.DoesNotContain("Meldungen im Jahr 2021", stored.AltText, StringComparison.Ordinal);
    }
}
