using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialScheduler.Core.Schedules;

/// <summary>
/// The content hash of a post: a SHA-256 of a canonical text of what decides what is published, the one way content
/// is compared across processes and stored. Equal hashes mean unchanged content, whatever file, form, request or
/// database row it was read from. It has three scopes, each stored in its own place:
/// <list type="bullet">
/// <item><see cref="Of(ScheduledPost)"/>: the whole post, not its origin (a series cancellation holds while it is equal).</item>
/// <item><see cref="Of(ScheduledPost, string)"/>: what a reviewer of one locale saw (a series approval holds while it is equal).</item>
/// <item><see cref="OfPublication(string, DateTimeOffset, string, string?, string, string?, string?)"/>: one
/// publication as the ledger sends it (its <c>content_hash</c>: equal means the sync leaves it alone).</item>
/// </list>
/// </summary>
/// <remarks>
/// Each scope's canonical text is exactly the one first stored, so databases written before keep their meaning (a
/// changed text would move every pending publication and drop its approval, and revive every cancelled series). A
/// field added to posts goes into each scope it belongs to, written only when set, so the hash of a post without it
/// stays what it was, as card size and alt text were added. Thread-safe; computing allocates.
/// </remarks>
[JsonConverter(typeof(ContentHashJsonConverter))]
public readonly record struct ContentHash
{
    private ContentHash(string value) => Value = value;

    /// <summary>The hexadecimal digest as stored.</summary>
    public string Value { get; }

    /// <summary>A hash read back from storage, as <see cref="Value"/> wrote it.</summary>
    public static ContentHash FromStored(string value) => new(value);

    /// <summary>
    /// Everything of <paramref name="post"/> that decides what is published and when, not its origin: campaign, id,
    /// due instant, zone, accounts, partners, locales (and which accounts speak them), card, size, repeat rule and end, every text and alt text.
    /// </summary>
    public static ContentHash Of(ScheduledPost post)
    {
        var canonical = new StringBuilder()
            .Append(post.Campaign).Append('\0').Append(post.Id).Append('\0')
            .Append(Ticks(post.DueUtc)).Append('\0').Append(post.TimeZone).Append('\0')
            .AppendJoin('\u001F', post.Accounts).Append('\0')
            .AppendJoin('\u001F', post.Locales).Append('\0')
            .Append(post.Card).Append('\0').Append(post.Size).Append('\0').Append(post.Repeat).Append('\0')
            .Append(Ticks(post.RepeatUntil)).Append('\0');
        AppendMap(canonical, post.Text);
        AppendMap(canonical, post.AltText);
        ScheduledPost.AppendTargets(canonical, post.Partners, post.Unspoken);
        return Lower(canonical.ToString());
    }

    /// <summary>
    /// What a reviewer of <paramref name="locale"/> saw: the due instant and rule, zone, accounts, card and size, and
    /// that locale's text and alt text. Another locale's text is not in it, so editing French leaves English approved.
    /// </summary>
    public static ContentHash Of(ScheduledPost post, string locale) => Lower(new StringBuilder()
        .Append(post.Campaign).Append('\0').Append(post.Id).Append('\0').Append(Ticks(post.DueUtc)).Append('\0')
        .Append(post.TimeZone).Append('\0').AppendJoin('\u001F', post.Accounts).Append('\0')
        .Append(post.Card).Append('\0').Append(post.Size).Append('\0').Append(post.Repeat).Append('\0')
        .Append(Ticks(post.RepeatUntil)).Append('\0').Append(locale).Append('\0')
        .Append(post.Text.GetValueOrDefault(locale)).Append('\0').Append(post.AltText?.GetValueOrDefault(locale))
        .ToString());

    /// <summary>One publication of <paramref name="post"/> in <paramref name="locale"/>, due at <paramref name="dueUtc"/> (an occurrence's time for a repeating post).</summary>
    public static ContentHash OfPublication(ScheduledPost post, string locale, DateTimeOffset dueUtc) => OfPublication(
        post.Origin, dueUtc, post.TimeZone, post.Card, post.Text.GetValueOrDefault(locale) ?? "", post.Size, AltTextOf(post, locale));

    /// <summary>
    /// One publication from the fields the ledger keeps of it: where it was written, when it is due, its zone, card,
    /// text, size and alt text. A null size or alt text leaves the hash as it was before they were kept.
    /// </summary>
    public static ContentHash OfPublication(string origin, DateTimeOffset dueUtc, string timeZone, string? card, string text, string? size, string? altText) =>
        new(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{origin}\n{dueUtc.ToUnixTimeMilliseconds()}\n{timeZone}\n{card}\n{text}") + (size is null ? "" : $"\nsize={size}") + (altText is null ? "" : $"\nalt={altText}")))));

    /// <summary>The alt text a publication of <paramref name="post"/> in <paramref name="locale"/> carries: none without a card.</summary>
    public static string? AltTextOf(ScheduledPost post, string locale) => post.Card is null ? null : post.AltText?.GetValueOrDefault(locale);

    public override string ToString() => Value;

    private static string? Ticks(DateTimeOffset? instant) => instant?.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static ContentHash Lower(string canonical) => new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));

    private static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, string>? map)
    {
        foreach (var (key, value) in (map ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            builder.Append(key).Append('\u001F').Append(value).Append('\u001E');
        }

        builder.Append('\0');
    }
}

/// <summary>Writes a <see cref="ContentHash"/> as its stored string, so API documents show the digest itself.</summary>
internal sealed class ContentHashJsonConverter : JsonConverter<ContentHash>
{
    public override ContentHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContentHash.FromStored(reader.GetString() ?? throw new JsonException("A content hash must be a string."));

    public override void Write(Utf8JsonWriter writer, ContentHash value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
