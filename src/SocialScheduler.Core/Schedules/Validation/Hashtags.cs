using System.Globalization;

namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>The campaign hashtag rule: every variant carries it; where a text lacks it, it is appended after a space.</summary>
public static class Hashtags
{
    public static bool IsValid(string? hashtag) =>
        hashtag is { Length: > 1 } && hashtag[0] == '#' && hashtag.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>True when <paramref name="text"/> holds the tag as a whole word, in any letter case.</summary>
    public static bool Contains(string text, string hashtag)
    {
        for (var at = text.IndexOf(hashtag, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(hashtag, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + hashtag.Length;
            if (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    public static string AppendIfMissing(string text, string hashtag) =>
        Contains(text, hashtag) ? text : string.Create(CultureInfo.InvariantCulture, $"{text.TrimEnd()} {hashtag}");
}
