using SocialScheduler.Core.Text;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>
/// LinkedIn's "little" text format: every reserved character must be backslash-escaped, or LinkedIn cuts the post
/// at that character. A <c>#</c> that starts a hashtag stays as it is so the hashtag remains a link. The same
/// instance escapes what is sent and counts what validation checks, so the two cannot differ.
/// </summary>
internal static class LittleText
{
    public static ReservedCharacterEscaping Format { get; } = new("|{}@[]()<>#\\*_~", keepHashtags: true);

    public static string Escape(string text) => Format.Escape(text);
}
