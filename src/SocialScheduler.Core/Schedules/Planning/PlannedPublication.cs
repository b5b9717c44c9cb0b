namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>One publication of the plan: a post to one account in one locale at one instant.</summary>
/// <param name="Platform">The account's platform as its description names it; null for an account not configured.</param>
public sealed record PlannedPublication(
    DateTimeOffset DueUtc,
    DateTimeOffset DueLocal,
    string TimeZone,
    string Account,
    string? Platform,
    string Locale,
    string PostId,
    string? Card)
{
    /// <summary>The ledger's id of this publication (one per occurrence for a repeating post).</summary>
    public string PublicationId { get; init; } = "";
}

/// <summary>A published rate limit or plan cap the plan would exceed.</summary>
public sealed record PlanWarning(string Account, string Code, string Message)
{
    public override string ToString() => $"warning {Code}: {Message}";
}
