namespace SocialScheduler.Core.Cards;

/// <summary>
/// Draws a card whose file stays under a byte limit: PNG when it fits, else JPEG at the best quality that fits.
/// Publishers use it with <see cref="Platforms.ImageRules"/> so a platform never receives an image it would refuse.
/// </summary>
public interface IBoundedCardRenderer : ICardRenderer
{
    /// <exception cref="InvalidOperationException">No encoding fits under <paramref name="maxBytes"/>.</exception>
    RenderedCard Render(CardRequest request, long maxBytes);
}
