using System.Text;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>
/// LinkedIn's "little" text format: every reserved character must be backslash-escaped, or LinkedIn cuts the post
/// at that character. A <c>#</c> that starts a hashtag stays as it is so the hashtag remains a link.
/// </summary>
internal static class LittleText
{
    private const string Reserved = "|{}@[]()<>#\\*_~";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var startsHashtag = c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (Reserved.Contains(c, StringComparison.Ordinal) && !startsHashtag)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
