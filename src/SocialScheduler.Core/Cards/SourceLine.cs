namespace SocialScheduler.Core.Cards;

/// <summary>The "Source: …" line of a card, with each language's punctuation.</summary>
public static class SourceLine
{
    /// <summary>French puts a no-break space before the colon ("Source : …"); the other campaign languages do not.</summary>
    public static string Format(string label, string source, string locale) =>
        string.Equals(locale, "fr", StringComparison.OrdinalIgnoreCase)
            ? $"{label}\u00A0: {source}"
            : $"{label}: {source}";
}
