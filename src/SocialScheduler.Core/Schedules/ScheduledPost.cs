using System.Security.Cryptography;
using System.Text;

namespace SocialScheduler.Core.Schedules;

/// <summary>
/// A validated post from a schedule (a file in <c>schedules/</c> or the web UI), with its due instant resolved from
/// local time and zone. Each post fans out to one publication per account × locale.
/// </summary>
/// <remarks>
/// Posts built by the schedule loader hold value-semantic collections, so the same file read twice gives equal
/// records; <see cref="Fingerprint"/> names the content for storage and comparison across processes.
/// </remarks>
/// <param name="Text">The text to publish per locale, the campaign hashtag already appended where it was missing.</param>
/// <param name="Size">A <see cref="Cards.CardSize"/> name, or null for the platform's default size.</param>
/// <param name="Repeat">A five-field cron expression read in <paramref name="TimeZone"/>; null for a one-off post.</param>
/// <param name="RepeatUntil">The last instant a repeating post may be due; null for no end.</param>
/// <param name="AltText">The card's alt text per locale (given or generated from the statistic); null without a card.</param>
/// <param name="Partners">The partners the post names (<c>partners:</c>, <c>all</c> written out); their accounts are in
/// <paramref name="Accounts"/>. Null or empty for a post naming accounts only.</param>
/// <param name="Unspoken">The <c>account/locale</c> pairs left out because the account does not speak the locale
/// (<c>Accounts:&lt;name&gt;:Locales</c>); null or empty when every account speaks every locale of the post.</param>
public sealed record ScheduledPost(
    string Campaign,
    string Id,
    DateTimeOffset DueUtc,
    string TimeZone,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> Locales,
    string? Card,
    IReadOnlyDictionary<string, string> Text,
    string Origin,
    string? Size = null,
    string? Repeat = null,
    DateTimeOffset? RepeatUntil = null,
    IReadOnlyDictionary<string, string>? AltText = null,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? Unspoken = null)
{
    /// <summary>The publications this post makes, one per account × locale the account speaks.</summary>
    public IEnumerable<PublicationKey> Publications() =>
        from account in Accounts
        from locale in Locales
        where Speaks(account, locale)
        select new PublicationKey(Campaign, Id, account, locale);

    /// <summary>Whether the post reaches <paramref name="account"/> in <paramref name="locale"/> (false when the account does not speak it).</summary>
    public bool Speaks(string account, string locale) => Unspoken is not { Count: > 0 } || !Unspoken.Contains(UnspokenPair(account, locale));

    /// <summary>How <see cref="Unspoken"/> writes one account and locale.</summary>
    public static string UnspokenPair(string account, string locale) => $"{account}/{locale}";

    /// <summary>
    /// A SHA-256 of everything that decides what is published and when (not <see cref="Origin"/>): equal
    /// fingerprints mean an unchanged post, whatever file or process read it.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var canonical = new StringBuilder()
                .Append(Campaign).Append('\0').Append(Id).Append('\0')
                .Append(DueUtc.UtcTicks).Append('\0').Append(TimeZone).Append('\0')
                .AppendJoin('\u001F', Accounts).Append('\0')
                .AppendJoin('\u001F', Locales).Append('\0')
                .Append(Card).Append('\0').Append(Size).Append('\0').Append(Repeat).Append('\0')
                .Append(RepeatUntil?.UtcTicks).Append('\0');
            AppendMap(canonical, Text);
            AppendMap(canonical, AltText);
            AppendTargets(canonical, Partners, Unspoken);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
        }
    }

    /// <summary>Partners and unspoken pairs, written only when set so a post without them keeps its fingerprint.</summary>
    internal static void AppendTargets(StringBuilder builder, IReadOnlyList<string>? partners, IReadOnlyList<string>? unspoken)
    {
        if (partners is { Count: > 0 })
        {
            builder.Append("partners=").AppendJoin('\u001F', partners).Append('\0');
        }

        if (unspoken is { Count: > 0 })
        {
            builder.Append("unspoken=").AppendJoin('\u001F', unspoken).Append('\0');
        }
    }

    private static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, string>? map)
    {
        foreach (var (key, value) in (map ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            builder.Append(key).Append('\u001F').Append(value).Append('\u001E');
        }

        builder.Append('\0');
    }
}
