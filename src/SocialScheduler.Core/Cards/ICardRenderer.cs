namespace SocialScheduler.Core.Cards;

/// <summary>Draws a statistic card. Same inputs, same bytes.</summary>
/// <remarks>Implementations are thread-safe singletons.</remarks>
public interface ICardRenderer
{
    RenderedCard Render(CardRequest request);
}

/// <summary>
/// A card to draw: a statistic id, a locale, a named size (<see cref="CardSize"/>) and, for a coalition partner's
/// card, the partner's id (<c>assets/partners/&lt;id&gt;</c>): its logo and name beside the campaign's, in its colours.
/// Null draws the campaign's own card.
/// </summary>
public sealed record CardRequest(string StatisticId, string Locale, string Size, string? Partner = null);

/// <summary>An encoded card with its alt text and a content hash naming it.</summary>
public sealed record RenderedCard(
    ReadOnlyMemory<byte> Content,
    string ContentType,
    int Width,
    int Height,
    string AltText,
    string ContentHash);
