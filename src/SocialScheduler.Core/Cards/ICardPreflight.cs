namespace SocialScheduler.Core.Cards;

/// <summary>
/// Checks, without encoding an image, that a card can be drawn: every text fits its box at or above the minimum
/// font size and every character has a glyph. Validation calls it so a bad card is refused before its due time.
/// </summary>
public interface ICardPreflight
{
    /// <summary>Problems found, each a sentence naming the box and the fix; empty when the card is fine.</summary>
    IReadOnlyList<string> Check(CardRequest request);
}
