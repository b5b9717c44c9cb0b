using System.Globalization;

namespace SocialScheduler.Core.Text;

/// <summary>Counts extended grapheme clusters (UAX #29): what a reader sees as one character.</summary>
public static class Graphemes
{
    public static int Count(string text) => Count(text.AsSpan());

    /// <summary>
    /// Graphemes with each <c>http(s)://</c> link counted as <paramref name="charactersPerLink"/>, as platforms that
    /// shorten links for their count do.
    /// </summary>
    public static int CountWithLinksAs(string text, int charactersPerLink)
    {
        var urls = UrlExtractor.Find(text, requireProtocol: true);
        var count = 0;
        var from = 0;
        foreach (var url in urls)
        {
            count += Count(text.AsSpan(from, url.Start - from)) + charactersPerLink;
            from = url.Start + url.Length;
        }

        return count + Count(text.AsSpan(from));
    }

    /// <summary>
    /// Graphemes with each emoji counted as its UTF-8 bytes (a heart, 3; a family, 18), as Threads counts its 500
    /// characters ("Emojis are counted as the number of UTF-8 bytes").
    /// </summary>
    public static int CountWithEmojiAsUtf8Bytes(string text)
    {
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            count += EmojiSequences.IsPictographic(char.ConvertToUtf32(element, 0)) ? System.Text.Encoding.UTF8.GetByteCount(element) : 1;
        }

        return count;
    }

    // Runs over every character of every file; worth optimizing before the first call in a short-lived validate.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            // Below the combining marks (U+0300) a character followed by another is a cluster of its own (CR LF
            // aside): only the rest needs the full segmentation rules.
            var length = text.Length > 1 && text[0] < '\u0300' && text[1] < '\u0300' && !(text[0] == '\r' && text[1] == '\n')
                ? 1
                : StringInfo.GetNextTextElementLength(text);
            text = text[length..];
            count++;
        }

        return count;
    }
}
