using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Platforms;

/// <summary>One cap on a text: how it is counted (one of the counters in <c>Core.Text</c>, or any other), the
/// most it may be and the unit messages name.</summary>
public sealed record TextLimit(Func<string, int> Count, int Limit, string Unit)
{
    public TextMeasure Measure(string text) => new(Count(text), Limit, Unit);
}

/// <summary>
/// What a platform caps in a post's text (every limit must fit: one may count graphemes and another bytes) and in an
/// image's alt text.
/// </summary>
public sealed record TextRules(IReadOnlyList<TextLimit> Post, TextLimit? AltText)
{
    /// <summary>For a platform that takes any text, such as a dry-run outbox: said by its description, never assumed.</summary>
    public static TextRules None { get; } = new([], null);
}
