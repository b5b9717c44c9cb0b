using System.Net;
using System.Text.RegularExpressions;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>Mastodon returns posts as HTML; this turns both sides into comparable plain text.</summary>
internal static partial class MastodonText
{
    public static string Plain(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(Breaks().Replace(html, " "), "")), " ").Trim();

    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("<br\\s*/?>|</p>\\s*<p>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
