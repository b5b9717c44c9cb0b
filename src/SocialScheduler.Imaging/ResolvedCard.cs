using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Rendering;

namespace SocialScheduler.Imaging;

/// <summary>
/// A card request read against the campaign and one set of assets: the texts, size and assets it is drawn from and
/// the content hash naming them. Whoever keeps the hash and whoever draws the card use this one object, so a reload
/// of the assets between the two cannot make them disagree.
/// </summary>
public sealed class ResolvedCard
{
    internal ResolvedCard(CardRequest request, CardContent content, CardSize size, CardAssets assets)
    {
        Request = request;
        Content = content;
        Size = size;
        Assets = assets;
        ContentHash = Rendering.ContentHash.Of(assets.Fingerprint, content, size);
    }

    public CardRequest Request { get; }

    public CardSize Size { get; }

    /// <summary>The hash of exactly what <see cref="SkiaCardRenderer.Render(ResolvedCard, Action{SkiaSharp.SKPixmap}?)"/> draws.</summary>
    public string ContentHash { get; }

    internal CardContent Content { get; }

    internal CardAssets Assets { get; }
}
