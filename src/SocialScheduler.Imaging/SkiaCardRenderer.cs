using SkiaSharp;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Rendering;
using SocialScheduler.Imaging.Text;

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
    private readonly PartnerLogos _partnerLogos = new();
    private readonly NumberSizes _numberSizes = new();
    private readonly FitCache _fits = new();
    private readonly BitmapPool _bitmaps = new();
    private readonly CardChoices _choices;

    internal SkiaCardRenderer(CardAssetSource assets, CampaignCatalog catalog, RenderedCardCache cache, PartnerCatalog? partners = null)
    {
        _assets = assets;
        _catalog = catalog;
        _cache = cache;
        _choices = new CardChoices(catalog, partners);
        _assets.Reloaded += () =>
        {
            _backgrounds.Retain(_assets.Current.Fingerprint);
            _numberSizes.Retain(_assets.Current.Fingerprint);
            _fits.Retain(_assets.Current.Fingerprint);
        };
    }

    /// <exception cref="UnknownCardException">The statistic, locale, size or partner does not exist.</exception>
    /// <exception cref="CardLayoutException">A text does not fit or has characters the fonts lack.</exception>
    public RenderedCard Render(CardRequest request) => Render(Resolve(request, caption: null), useCache: true, drawn: null);

    /// <summary>
    /// Reads <paramref name="requests"/> against the campaign and one set of assets, the ones in use now: cards
    /// resolved together are drawn alike even when the assets are reloaded meanwhile.
    /// </summary>
    /// <exception cref="UnknownCardException">A statistic, locale or size does not exist.</exception>
    public IReadOnlyList<ResolvedCard> Resolve(IEnumerable<CardRequest> requests)
    {
        var assets = _assets.Current;
        return [.. requests.Select(r => Resolve(r, caption: null, assets))];
    }

    /// <summary>
    /// Draws <paramref name="card"/> as it was resolved, so the result carries the very hash the caller saw; when it
    /// is not cached and has to be drawn, <paramref name="drawn"/> sees its pixels before they are freed (the
    /// contact sheet takes its thumbnail there rather than decoding the PNG again).
    /// </summary>
    /// <exception cref="CardLayoutException">A text does not fit or has characters the fonts lack.</exception>
    public RenderedCard Render(ResolvedCard card, Action<SKPixmap>? drawn) => Render(card, useCache: true, drawn);

    public RenderedCard Render(CardRequest request, long maxBytes)
    {
        // One resolution for the PNG and the JPEG alike: a reload in between would otherwise mix two templates.
        var resolved = Resolve(request, caption: null);
        var card = Render(resolved, useCache: true, drawn: null);
        if (card.Content.Length <= maxBytes)
        {
            return card;
        }

        using var bitmap = NewBitmap(resolved.Size);
        Draw(bitmap, resolved);
        using var pixels = bitmap.PeekPixels();
        var (bytes, type) = CardEncoder.Within(pixels, card.Content.ToArray(), maxBytes);
        return card with { Content = bytes, ContentType = type };
    }

    public RenderedCard Render(CardRequest request, long maxBytes, IReadOnlyCollection<string> contentTypes)
    {
        if (contentTypes.Contains(CardEncoder.Png))
        {
            return Render(request, maxBytes);
        }

        if (!contentTypes.Contains(CardEncoder.Jpeg))
        {
            throw new InvalidOperationException($"Cards are drawn as PNG or JPEG; the platform takes only {string.Join(", ", contentTypes)}.");
        }

        var resolved = Resolve(request, caption: null);
        var card = Render(resolved, useCache: true, drawn: null);
        using var bitmap = NewBitmap(resolved.Size);
        Draw(bitmap, resolved);
        using var pixels = bitmap.PeekPixels();
        var (bytes, type) = CardEncoder.JpegWithin(pixels, maxBytes);
        return card with { Content = bytes, ContentType = type };
    }

    /// <summary>The card with another caption, for trying a wording before saving it; nothing is stored.</summary>
    public RenderedCard RenderWithCaption(CardRequest request, string caption) => Render(Resolve(request, caption), useCache: false, drawn: null);

    public IReadOnlyList<string> Check(CardRequest request) => Check(request, caption: null);

    /// <summary>The alt text a card would carry, without drawing it.</summary>
    public string AltTextFor(CardRequest request, string? caption = null) => Resolve(request, caption).Content.AltText;

    /// <summary>Problems of the card with <paramref name="caption"/> instead of the catalogue's caption.</summary>
    public IReadOnlyList<string> Check(CardRequest request, string? caption)
    {
        if (_choices.Find(request.StatisticId, request.Locale, request.Size, request.Partner) is { } unknown)
        {
            return [unknown.Message];
        }

        var card = Resolve(request, caption);
        var layout = Layout(card);
        var contrast = CardContrast.Check(card.Assets.Template.Sizes[card.Size.Name], card.Partner is not null, card.Palette);
        return [.. layout.Problems.Concat(contrast.Select(c => c.Message)).Select(p => $"{Name(request)}: {p}")];
    }

    private RenderedCard Render(ResolvedCard card, bool useCache, Action<SKPixmap>? drawn)
    {
        if (!useCache || !_cache.TryGet(card.ContentHash, out var bytes))
        {
            bytes = Encode(card, NoClock, out _, out _, drawn);
            if (useCache)
            {
                _cache.Add(card.ContentHash, bytes);
            }
        }

        return new RenderedCard(bytes, CardEncoder.Png, card.Size.Width, card.Size.Height, card.Content.AltText, card.ContentHash);
    }

    /// <summary>Draws and encodes without any cache, timing both steps in milliseconds of <paramref name="clock"/>
    /// (the benchmark passes the thread's CPU time).</summary>
    internal byte[] RenderUncached(CardRequest request, Func<double> clock, out double draw, out double encode)
    {
        return Encode(Resolve(request, caption: null), clock, out draw, out encode, drawn: null);
    }

    /// <summary>The drawn card before encoding (for the benchmark's encoder comparison).</summary>
    internal SKBitmap DrawUncached(CardRequest request)
    {
        var card = Resolve(request, caption: null);
        var bitmap = NewBitmap(card.Size);
        Draw(bitmap, card);
        return bitmap;
    }

    /// <summary>Fits every text box without drawing (for the benchmark).</summary>
    internal int LayoutOnly(CardRequest request)
    {
        var card = Resolve(request, caption: null);
        return Layout(card).Texts.Count;
    }

    private static double NoClock() => 0;

    private byte[] Encode(ResolvedCard card, Func<double> clock, out double draw, out double encode, Action<SKPixmap>? drawn)
    {
        var started = clock();
        var bitmap = _bitmaps.Rent(card.Size);
        try
        {
            Draw(bitmap, card);
            var painted = clock();
            using var pixels = bitmap.PeekPixels();
            var png = CardEncoder.EncodePng(pixels);
            (draw, encode) = (painted - started, clock() - painted);
            drawn?.Invoke(pixels);
            return png;
        }
        finally
        {
            _bitmaps.Return(card.Size, bitmap);
        }
    }

    private static SKBitmap NewBitmap(CardSize size) => new(BitmapPool.InfoOf(size));

    private void Draw(SKBitmap target, ResolvedCard card)
    {
        var layout = Layout(card);
        if (layout.Problems.Count > 0)
        {
            throw new CardLayoutException(Name(card.Request), layout.Problems);
        }

        var logo = card.Partner is null ? null : _partnerLogos.Get(card.Assets, card.Partner, card.Size.Name);
        CardPainter.Paint(target, _backgrounds.Get(card.Assets, card.Size, card.Palette), card, layout, logo);
    }

    private ResolvedCard Resolve(CardRequest request, string? caption) => Resolve(request, caption, _assets.Current);

    private ResolvedCard Resolve(CardRequest request, string? caption, CardAssets assets)
    {
        if (_choices.Find(request.StatisticId, request.Locale, request.Size, request.Partner) is { } unknown)
        {
            throw new UnknownCardException(unknown);
        }

        var size = CardSize.All.First(s => s.Name == request.Size);
        var statistic = _catalog.Get(request.StatisticId);
        var partner = request.Partner is null ? null : _choices.PartnerCatalog.Get(request.Partner);
        var content = CardContent.For(_catalog, statistic, request.Locale, caption, partner);
        return new ResolvedCard(request, content, size, assets, partner, _numberSizes.For(assets, _catalog, statistic, size)) { TriedCaption = caption is not null };
    }

    // A caption being tried out is fitted afresh: kept, every wording a designer typed would stay in memory.
    private CardLayout Layout(ResolvedCard card) => CardLayout.Compute(card, card.TriedCaption ? null : _fits);

    private static string Name(CardRequest request) =>
        request.Partner is null ? $"{request.StatisticId}/{request.Locale}/{request.Size}" : $"{request.Partner}/{request.StatisticId}/{request.Locale}/{request.Size}";

    public void Dispose()
    {
        _backgrounds.Dispose();
        _partnerLogos.Dispose();
        _bitmaps.Dispose();
    }
}
