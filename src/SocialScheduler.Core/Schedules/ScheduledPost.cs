namespace SocialScheduler.Core.Schedules;

/// <summary>
/// A validated post from a schedule (a file in <c>schedules/</c> or the web UI), with its due instant resolved from
/// local time and zone. Each post fans out to one publication per account × locale.
/// </summary>
public sealed record ScheduledPost(
    string Campaign,
    string Id,
    DateTimeOffset DueUtc,
    string TimeZone,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> Locales,
    string? Card,
    IReadOnlyDictionary<string, string> Text,
    string Origin)
{
    /// <summary>The publications this post makes, one per account × locale.</summary>
    public IEnumerable<PublicationKey> Publications() =>
        from account in Accounts
        from locale in Locales
        select new PublicationKey(Campaign, Id, account, locale);
}
