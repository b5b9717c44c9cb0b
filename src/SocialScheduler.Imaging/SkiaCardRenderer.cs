using SkiaSharp;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Rendering;

namespace SocialScheduler.Imaging;

/// <summary>
/// Draws statistic cards with SkiaSharp and HarfBuzz from the template, theme and fonts in the assets folder.
/// Thread-safe; the same request gives the same bytes, named by <see cref="RenderedCard.ContentHash"/>.
/// </summary>
public sealed class SkiaCardRenderer : IBoundedCardRenderer, ICardPreflight, IDisposable
{
    private readonly CardAssetSource _assets;
    private readonly CampaignCatalog _catalog;
    private readonly RenderedCardCache _cache;
    private readonly BackgroundCache _backgrounds = new();
    private readonly CardChoices _choices;

    internal SkiaCardRenderer(CardAssetSource assets, CampaignCatalog catalog, RenderedCardCache cache)
    {
        _assets = assets;
        _catalog = catalog;
        _cache = cache;
        _choices = new CardChoices(catalog);
        _assets.Reloaded += () => _backgrounds.Retain(_assets.Current.Fingerprint);
    }

    /// <exception cref="UnknownCardException">The statistic, locale or size does not exist.</exception>
    /// <exception cref="CardLayoutException">A text does not fit or has characters the fonts lack.</exception>
    public RenderedCard Render(CardRequest request) => Render(request, caption: null, useCache: true, drawn: null);

    /// <summary>
    /// Renders like <see cref="Render(CardRequest)"/>; when the card is not cached and has to be drawn,
    /// <paramref name="drawn"/> sees its pixels before they are freed (the contact sheet takes its thumbnail there
    /// rather than decoding the PNG again).
    /// </summary>
    public RenderedCard Render(CardRequest request, Action<SKPixmap>? drawn) => Render(request, caption: null, useCache: true, drawn);

    /// <summary>The content hash the card would have, without drawing it.</summary>
    /// <exception cref="UnknownCardException">The statistic, locale or size does not exist.</exception>
    public string ContentHashOf(CardRequest request)
    {
        var (content, size, assets) = Resolve(request, null);
        return ContentHash.Of(assets.Fingerprint, content, size);
    }

    public RenderedCard Render(CardRequest request, long maxBytes)
    {
        var card = Render(request);
        if (card.Content.Length <= maxBytes)
        {
            return card;
        }

        var (content, size, assets) = Resolve(request, null);
        using var bitmap = NewBitmap(size);
        Draw(bitmap, assets, content, size);
        using var pixels = bitmap.PeekPixels();
        var (bytes, type) = CardEncoder.Within(pixels, card.Content.ToArray(), maxBytes);
        return card with { Content = bytes, ContentType = type };
    }

    /// <summary>The card with another caption, for trying a wording before saving it; nothing is stored.</summary>
    public RenderedCard RenderWithCaption(CardRequest request, string caption) => Render(request, caption, useCache: false, drawn: null);

    public IReadOnlyList<string> Check(CardRequest request) => Check(request, caption: null);

    /// <summary>The alt text a card would carry, without drawing it.</summary>
    public string AltTextFor(CardRequest request, string? caption = null) => Resolve(request, caption).Content.AltText;

    /// <summary>Problems of the card with <paramref name="caption"/> instead of the catalogue's caption.</summary>
    public IReadOnlyList<string> Check(CardRequest request, string? caption)
    {
        if (_choices.Find(request.StatisticId, request.Locale, request.Size) is { } unknown)
        {
            return [unknown.Message];
        }

        var (content, size, assets) = Resolve(request, caption);
        var layout = CardLayout.Compute(assets, content, size);
        return [.. layout.Problems.Select(p => $"{Name(request)}: {p}")];
    }

    private RenderedCard Render(CardRequest request, string? caption, bool useCache, Action<SKPixmap>? drawn)
    {
        var (content, size, assets) = Resolve(request, caption);
        var hash = ContentHash.Of(assets.Fingerprint, content, size);
        if (!useCache || !_cache.TryGet(hash, out var bytes))
        {
            bytes = Encode(assets, content, size, NoClock, out _, out _, drawn);
            if (useCache)
            {
                _cache.Add(hash, bytes);
            }
        }

        return new RenderedCard(bytes, CardEncoder.Png, size.Width, size.Height, content.AltText, hash);
    }

    /// <summary>Draws and encodes without any cache, timing both steps in milliseconds of <paramref name="clock"/>
    /// (the benchmark passes the thread's CPU time).</summary>
    internal byte[] RenderUncached(CardRequest request, Func<double> clock, out double draw, out double encode)
    {
        var (content, size, assets) = Resolve(request, null);
        return Encode(assets, content, size, clock, out draw, out encode, drawn: null);
    }

    /// <summary>The drawn card before encoding (for the benchmark's encoder comparison).</summary>
    internal SKBitmap DrawUncached(CardRequest request)
    {
        var (content, size, assets) = Resolve(request, null);
        var bitmap = NewBitmap(size);
        Draw(bitmap, assets, content, size);
        return bitmap;
    }

    /// <summary>Fits every text box without drawing (for the benchmark).</summary>
    internal int LayoutOnly(CardRequest request)
    {
        var (content, size, assets) = Resolve(request, null);
        return CardLayout.Compute(assets, content, size).Texts.Count;
    }

    private static double NoClock() => 0;

    private byte[] Encode(
        CardAssets assets, CardContent content, CardSize size, Func<double> clock, out double draw, out double encode, Action<SKPixmap>? drawn)
    {
        var started = clock();
        using var bitmap = NewBitmap(size);
        Draw(bitmap, assets, content, size);
        var painted = clock();
        using var pixels = bitmap.PeekPixels();
        var png = CardEncoder.EncodePng(pixels);
        (draw, encode) = (painted - started, clock() - painted);
        drawn?.Invoke(pixels);
        return png;
    }

    // Opaque: the PNG then carries RGB without an alpha channel, a quarter less data to compress.
    private static SKBitmap NewBitmap(CardSize size) =>
        new(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));

    private void Draw(SKBitmap target, CardAssets assets, CardContent content, CardSize size)
    {
        var layout = CardLayout.Compute(assets, content, size);
        if (layout.Problems.Count > 0)
        {
            throw new CardLayoutException($"{content.StatisticId}/{content.Locale}/{size.Name}", layout.Problems);
        }

        CardPainter.Paint(target, _backgrounds.Get(assets, size), assets, layout);
    }

    private (CardContent Content, CardSize Size, CardAssets Assets) Resolve(CardRequest request, string? caption)
    {
        if (_choices.Find(request.StatisticId, request.Locale, request.Size) is { } unknown)
        {
            throw new UnknownCardException(unknown);
        }

        var size = CardSize.All.First(s => s.Name == request.Size);
        var content = CardContent.For(_catalog, _catalog.Get(request.StatisticId), request.Locale, caption);
        return (content, size, _assets.Current);
    }

    private static string Name(CardRequest request) => $"{request.StatisticId}/{request.Locale}/{request.Size}";

    public void Dispose() => _backgrounds.Dispose();
}
