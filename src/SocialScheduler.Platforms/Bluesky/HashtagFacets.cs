using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>
/// Hashtag and link facets at UTF-8 byte offsets. The server neither detects them nor checks the ranges, so a wrong
/// offset would silently link the wrong characters, and a missing facet leaves a URL as plain text.
/// </summary>
internal static partial class HashtagFacets
{
    public static (int ByteStart, int ByteEnd) Utf8Range(string text, int charIndex, int charLength)
    {
        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex));
        return (start, start + Encoding.UTF8.GetByteCount(text.AsSpan(charIndex, charLength)));
    }

    public static JsonArray For(string text)
    {
        var facets = new JsonArray();
        foreach (Match match in Hashtag().Matches(text))
        {
            var tag = match.Groups["tag"];
            var (start, end) = Utf8Range(text, tag.Index - 1, tag.Length + 1);
            facets.Add(new JsonObject
            {
                ["index"] = new JsonObject { ["byteStart"] = start, ["byteEnd"] = end },
                ["features"] = new JsonArray(new JsonObject { ["$type"] = "app.bsky.richtext.facet#tag", ["tag"] = tag.Value }),
            });
        }

        foreach (Match match in Link().Matches(text))
        {
            var (start, end) = Utf8Range(text, match.Index, match.Length);
            facets.Add(new JsonObject
            {
                ["index"] = new JsonObject { ["byteStart"] = start, ["byteEnd"] = end },
                ["features"] = new JsonArray(new JsonObject { ["$type"] = "app.bsky.richtext.facet#link", ["uri"] = match.Value }),
            });
        }

        return facets;
    }

    /// <summary>An http(s) URL, without the punctuation that ends the sentence around it.</summary>
    [GeneratedRegex(@"https?://[^\s<>""]+?(?=[.,;:!?)\]]*(\s|$))")]
    private static partial Regex Link();

    /// <summary>A # not inside a word, then letters, digits or underscores with at least one letter; at most 64.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_&/])#(?<tag>(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]{1,64})(?![\p{L}\p{M}\p{N}_])")]
    private static partial Regex Hashtag();
}
