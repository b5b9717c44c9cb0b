using SocialScheduler.Core.Campaigns;

namespace SocialScheduler.Core.Cards;

/// <summary>
/// Writes a card's alt text from the same data the card shows: the number, its meaning and its source, in the
/// card's locale. Publishers send it with every image.
/// </summary>
public static class AltText
{
    public static string For(Statistic statistic, string locale, string sourceLabel) =>
        For(statistic, locale, sourceLabel, caption: null);

    /// <summary>Alt text for a card whose caption was replaced (a designer trying a new wording).</summary>
    public static string For(Statistic statistic, string locale, string sourceLabel, string? caption)
    {
        var text = statistic.For(locale);
        var number = Speakable(text.Number);
        var meaning = Speakable(caption ?? text.Caption).TrimEnd('.', ' ');
        var source = SourceLine.Format(sourceLabel, Speakable(text.Source), locale);
        return StandsAlone(meaning, locale) ? $"{number}: {meaning}. {source}." : $"{number} {meaning}. {source}.";
    }

    // "85 million pieces of…" continues the number; "2 min" + "In 2021 the IWF found…" is a sentence of its own.
    // German capitalises nouns, so there only a leading digit marks a caption as its own sentence.
    private static bool StandsAlone(string caption, string locale) =>
        caption.Length > 0 && (char.IsDigit(caption[0])
            || (char.IsUpper(caption[0]) && !string.Equals(locale, "de", StringComparison.OrdinalIgnoreCase)));

    // Screen readers read no-break spaces as spaces at best; soft hyphens must not be spelt out.
    private static string Speakable(string text) =>
        text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace("\u00AD", "", StringComparison.Ordinal);
}
