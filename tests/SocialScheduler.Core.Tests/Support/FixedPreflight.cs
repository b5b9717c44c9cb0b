using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Tests.Support;

/// <summary>A card preflight that finds the given problem for one locale, as the renderer's would for a long caption.</summary>
public sealed class FixedPreflight(string locale, string problem) : ICardPreflight
{
    public List<CardRequest> Checked { get; } = [];

    public IReadOnlyList<string> Check(CardRequest request)
    {
        Checked.Add(request);
        return request.Locale == locale ? [problem] : [];
    }
}
