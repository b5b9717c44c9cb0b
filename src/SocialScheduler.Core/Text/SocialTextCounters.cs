using System.Globalization;
using System.Text;

namespace SocialScheduler.Core.Text;

/// <summary>Mastodon's status length: grapheme clusters, each <c>http(s)://</c> link counted as a fixed length.</summary>
public static class MastodonTextCounter
{
    public const int DefaultMaxCharacters = 500;
    public const int DefaultCharactersReservedPerUrl = 23;

    public static int Count(string text, int charactersReservedPerUrl = DefaultCharactersReservedPerUrl)
    {
        var urls = UrlExtractor.Find(text, requireProtocol: true);
        var count = 0;
        var from = 0;
        foreach (var url in urls)
        {
            count += Graphemes(text.AsSpan(from, url.Start - from)) + charactersReservedPerUrl;
            from = url.Start + url.Length;
        }

        return count + Graphemes(text.AsSpan(from));
    }

    internal static int Graphemes(ReadOnlySpan<char> text)
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

/// <summary>Bluesky's post text: at most 300 grapheme clusters and 3,000 UTF-8 bytes, links counted in full.</summary>
public static class BlueskyTextCounter
{
    public const int MaxGraphemes = 300;
    public const int MaxBytes = 3000;

    public static int Graphemes(string text) => MastodonTextCounter.Graphemes(text);

    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}

/// <summary>
/// LinkedIn's commentary is "little" markup: every reserved character must be backslash-escaped or the post is cut
/// there. The length that counts is the escaped one. A <c>#word</c> hashtag keeps its <c>#</c> so it stays a link.
/// </summary>
public static class LinkedInTextCounter
{
    public const int MaxCharacters = 3000;
    private const string Reserved = "|{}@[]()<>#\\*_~";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var hashtag = c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (Reserved.Contains(c, StringComparison.Ordinal) && !hashtag)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static int Count(string text) => Escape(text).Length;
}
