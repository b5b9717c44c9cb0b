using System.Text;

namespace SocialScheduler.Core.Text;

/// <summary>
/// A markup where every reserved character must be backslash-escaped, or the platform cuts the text there; the
/// length that counts is the escaped one. With <paramref name="keepHashtags"/>, a <c>#</c> that starts a hashtag
/// stays as it is so the hashtag remains a link.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance serves the count and the publisher.</remarks>
public sealed class ReservedCharacterEscaping(string reserved, bool keepHashtags)
{
    public string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (reserved.Contains(c, StringComparison.Ordinal) && !(keepHashtags && StartsHashtag(text, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public int Count(string text) => Escape(text).Length;

    private static bool StartsHashtag(string text, int i) =>
        text[i] == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
}
