namespace SocialScheduler.Core.Cards;

/// <summary>
/// Draws a card whose file stays under a byte limit: PNG when it fits, else JPEG at the best quality that fits.
/// Publishers use it with <see cref="Platforms.ImageRules"/> so a platform never receives an image it would refuse.
/// </summary>
public interface IBoundedCardRenderer : ICardRenderer
{
    /// <exception cref="InvalidOperationException">No encoding fits under <paramref name="maxBytes"/>.</exception>
    RenderedCard Render(CardRequest request, long maxBytes);

    /// <summary>
    /// The card under <paramref name="maxBytes"/> in one of <paramref name="contentTypes"/>: PNG when it is taken and
    /// fits, else JPEG (Instagram takes JPEG only, so its card is never sent as PNG).
    /// </summary>
    /// <exception cref="InvalidOperationException">No encoding in <paramref name="contentTypes"/> fits.</exception>
    RenderedCard Render(CardRequest request, long maxBytes, IReadOnlyCollection<string> contentTypes)
    {
        var card = Render(request, maxBytes);
        return contentTypes.Contains(card.ContentType)
            ? card
            : throw new InvalidOperationException($"The card was drawn as {card.ContentType}, which the platform does not take ({string.Join(", ", contentTypes)}).");
    }
}
