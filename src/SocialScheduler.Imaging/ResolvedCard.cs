using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Rendering;

namespace SocialScheduler.Imaging;

/// <summary>
/// A card request read against the campaign, the partner and one set of assets: the texts, size, colours and assets it
/// is drawn from and the content hash naming them. Whoever keeps the hash and whoever draws the card use this one
/// object, so a reload of the assets between the two cannot make them disagree.
/// </summary>
public sealed class ResolvedCard
{
    internal ResolvedCard(CardRequest request, CardContent content, CardSize size, CardAssets assets, Partner? partner, int numberSize)
    {
        Request = request;
        Content = content;
        Size = size;
        Assets = assets;
        Partner = partner;
        NumberSize = numberSize;
        Palette = CardPalette.For(assets, partner);
        ContentHash = Rendering.ContentHash.Of(assets.Fingerprint, content, size, partner?.Id, partner?.Fingerprint, numberSize);
    }

    public CardRequest Request { get; }

    public CardSize Size { get; }

    /// <summary>The partner whose card this is; null for the campaign's own card.</summary>
    public Partner? Partner { get; }

    /// <summary>The hash of exactly what <see cref="SkiaCardRenderer.Render(ResolvedCard, Action{SkiaSharp.SKPixmap}?)"/> draws.</summary>
    public string ContentHash { get; }

    /// <summary>The alt text the card carries.</summary>
    public string AltText => Content.AltText;

    internal CardContent Content { get; }

    internal CardAssets Assets { get; }

    internal IReadOnlyDictionary<string, SKColor> Palette { get; }

    /// <summary>Whether the caption is one being tried out rather than the catalogue's.</summary>
    internal bool TriedCaption { get; init; }

    /// <summary>The largest headline size at which the statistic's number fits in every locale at this size.</summary>
    internal int NumberSize { get; }
}
