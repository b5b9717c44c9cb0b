using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;

namespace SocialScheduler.Imaging;

/// <summary>The cards that exist: statistic ids, locales, size names and partners, and the message for a wrong one.</summary>
public sealed class CardChoices
{
    /// <summary>The word that asks for every partner's cards (<c>render --partner all</c>, <c>?partner=all</c>).</summary>
    public const string AllPartners = "all";

    private readonly CampaignCatalog _catalog;
    private readonly PartnerCatalog _partners;

    public CardChoices(CampaignCatalog catalog, PartnerCatalog? partners = null)
    {
        _catalog = catalog;
        _partners = partners ?? PartnerCatalog.Empty;
    }

    /// <summary>The partners whose cards can be drawn, in id order.</summary>
    public IReadOnlyList<string> Partners => _partners.Ids;

    public PartnerCatalog PartnerCatalog => _partners;

    public IReadOnlyList<string> Cards => [.. _catalog.Statistics.Select(s => s.Id)];

    public IReadOnlyList<string> Locales => _catalog.Locales;

    public IReadOnlyList<string> Sizes => [.. CardSize.All.Select(s => s.Name)];

    /// <summary>Null when the partner (if any) exists; else the wrong value and the valid ones.</summary>
    public UnknownCardValue? FindPartner(string? partner) =>
        partner is null || _partners.TryGet(partner, out _) ? null : new UnknownCardValue("partner", partner, Partners);

    /// <summary>The partners <paramref name="partner"/> names: none for null, every one for <see cref="AllPartners"/>.</summary>
    public IReadOnlyList<string?> PartnersFor(string? partner) =>
        partner is null ? [null] : partner == AllPartners ? [.. Partners] : [partner];

    /// <summary>Null when all four exist; else a sentence naming the first wrong value and the valid ones.</summary>
    public UnknownCardValue? Find(string card, string locale, string size, string? partner) =>
        Find(card, locale, size) ?? FindPartner(partner);

    /// <summary>Null when all three exist; else a sentence naming the first wrong value and the valid ones.</summary>
    public UnknownCardValue? Find(string card, string locale, string size)
    {
        if (!_catalog.TryGet(card, out _))
        {
            return new UnknownCardValue("card", card, Cards);
        }

        if (!Locales.Contains(locale, StringComparer.Ordinal))
        {
            return new UnknownCardValue("locale", locale, Locales);
        }

        return CardSize.TryParse(size, out _) ? null : new UnknownCardValue("size", size, Sizes);
    }
}

/// <summary>A card, locale or size that does not exist, with the values that do.</summary>
public sealed record UnknownCardValue(string Field, string Value, IReadOnlyList<string> Valid)
{
    public string Message => $"Unknown {Field} '{Value}'. Valid {Field}s: {string.Join(", ", Valid)}.";
}

/// <summary>Thrown when a request names a card, locale or size that does not exist.</summary>
public sealed class UnknownCardException(UnknownCardValue unknown) : ArgumentException(unknown.Message, unknown.Field)
{
    public UnknownCardValue Unknown { get; } = unknown;
}

/// <summary>Thrown when a card cannot be drawn without clipping or missing glyphs.</summary>
public sealed class CardLayoutException(string card, IReadOnlyList<string> problems)
    : InvalidOperationException($"Card {card} cannot be drawn: {string.Join("; ", problems)}.")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
