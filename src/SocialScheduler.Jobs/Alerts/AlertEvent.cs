using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// What a channel sends: the body of a signed webhook as is, and what an e-mail or a chat message says. The same
/// <see cref="Id"/> on every try, so a receiver can drop a repeat.
/// </summary>
public sealed record AlertEvent(string Id, string Type, DateTimeOffset OccurredAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string? Campaign { get; init; }

    public string? Post { get; init; }

    public string? Account { get; init; }

    /// <summary>The account's partner organisation, when the account names one (<c>Accounts:&lt;name&gt;:Partner</c>).</summary>
    public string? Partner { get; init; }

    public string? Locale { get; init; }

    public string? State { get; init; }

    /// <summary>What the platform or the service said, with every configured secret masked.</summary>
    public string? Message { get; init; }

    /// <summary>The publication's page, when <c>Web:PublicBaseUrl</c> is set.</summary>
    public Uri? Link { get; init; }

    /// <summary>For events about no single publication: the digest's list, a pause's scope.</summary>
    public string? Summary { get; init; }

    [JsonIgnore]
    public string Title => Type switch
    {
        AlertTypes.NeedsAttention => $"Needs attention: {Post} on {Account} ({Locale})",
        AlertTypes.Failed => $"Failed: {Post} on {Account} ({Locale})",
        AlertTypes.Missed => $"Missed: {Post} on {Account} ({Locale})",
        AlertTypes.Unknown => $"Outcome unknown: {Post} on {Account} ({Locale})",
        AlertTypes.ApprovalWaiting => $"Waiting for approval: {Post} on {Account} ({Locale})",
        AlertTypes.AccountExpiring => $"Account expiring: {Account}",
        AlertTypes.AccountFailing => $"Account failing: {Account}",
        AlertTypes.PublishingPaused => "Publishing paused",
        AlertTypes.PublishingResumed => "Publishing resumed",
        AlertTypes.Digest => "The day ahead",
        _ => Type,
    };

    /// <summary>The event as readable lines: what, where, why, and the link.</summary>
    public string Text()
    {
        var lines = new List<string> { Title };
        if (Post is not null)
        {
            lines.Add($"Campaign: {Campaign}  Post: {Post}  Account: {Account}{(Partner is null ? "" : $" ({Partner})")}  Locale: {Locale}  State: {State}");
        }

        if (!string.IsNullOrWhiteSpace(Message))
        {
            lines.Add(Message);
        }

        if (!string.IsNullOrWhiteSpace(Summary))
        {
            lines.Add(Summary);
        }

        if (Link is not null)
        {
            lines.Add(Link.AbsoluteUri);
        }

        lines.Add($"{OccurredAt:u} · event {Id}");
        return string.Join('\n', lines);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
