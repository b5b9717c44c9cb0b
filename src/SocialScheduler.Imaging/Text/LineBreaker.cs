namespace SocialScheduler.Imaging.Text;

/// <summary>How a word may end a line.</summary>
internal enum BreakAfter
{
    /// <summary>Last word of the text.</summary>
    End,

    /// <summary>A space follows: it disappears when the line breaks here.</summary>
    Space,

    /// <summary>The word ends with a hyphen, which stays at the end of the line.</summary>
    Hyphen,

    /// <summary>A soft hyphen follows: invisible, printed as a hyphen only when the line breaks here.</summary>
    SoftHyphen,
}

internal readonly record struct Word(string Text, BreakAfter After);

/// <summary>
/// Splits text into the pieces a line may end after: spaces, hyphens and soft hyphens. No-break spaces (U+00A0,
/// U+202F, U+2007) and the no-break hyphen (U+2011) are ordinary characters here, so <c>85 millions</c> or
/// <c>62 %</c> never split across lines.
/// </summary>
internal static class LineBreaker
{
    public const char SoftHyphen = '\u00AD';

    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n')
            {
                Add(words, text[start..i], BreakAfter.Space);
                start = i + 1;
            }
            else if (c == SoftHyphen)
            {
                Add(words, text[start..i], BreakAfter.SoftHyphen);
                start = i + 1;
            }
            else if (c is '-' or '\u2010' && IsHyphenInsideWord(text, i, start))
            {
                Add(words, text[start..(i + 1)], BreakAfter.Hyphen);
                start = i + 1;
            }
        }

        Add(words, text[start..], BreakAfter.End);
        if (words.Count > 0 && words[^1].After != BreakAfter.End)
        {
            words[^1] = words[^1] with { After = BreakAfter.End };
        }

        return words;
    }

    // "-5" or "+35 - 40" must not break at the sign; "Kindes-missbrauch" may.
    private static bool IsHyphenInsideWord(string text, int index, int wordStart) =>
        index > wordStart && char.IsLetterOrDigit(text[index - 1])
        && index + 1 < text.Length && char.IsLetter(text[index + 1]);

    private static void Add(List<Word> words, string text, BreakAfter after)
    {
        if (text.Length > 0)
        {
            words.Add(new Word(text, after));
        }
        else if (words.Count > 0 && after == BreakAfter.Space && words[^1].After == BreakAfter.SoftHyphen)
        {
            words[^1] = words[^1] with { After = BreakAfter.Space };
        }
    }
}
