namespace SocialScheduler.Core.Cards;

/// <summary>Draws a statistic card. Same inputs, same bytes.</summary>
/// <remarks>Implementations are thread-safe singletons.</remarks>
public interface ICardRenderer
{
    RenderedCard Render(CardRequest request);
}

/// <summary>A card to draw: a statistic id, a locale and a named size (<see cref="CardSize"/>).</summary>
public sealed record CardRequest(string StatisticId, string Locale, string Size);

/// <summary>An encoded card with its alt text and a content hash naming it.</summary>
public sealed record RenderedCard(
    ReadOnlyMemory<byte> Content,
    string ContentType,
    int Width,
    int Height,
    string AltText,
    string ContentHash);
