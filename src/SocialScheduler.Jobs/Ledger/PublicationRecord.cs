using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>One publication (post × account × locale) as the ledger holds it.</summary>
/// <param name="Key">Which post, account and locale.</param>
/// <param name="Origin"><c>file</c> or <c>web</c>: where the post was written.</param>
/// <param name="DueUtc">The instant the schedule asks for.</param>
/// <param name="RunAtUtc">When the next attempt may start: the due time, or later after a retry delay.</param>
/// <param name="Attempt">Number of claims so far; each claim is fenced by it.</param>
/// <param name="Failures">Transient failures so far (rate limits do not count).</param>
/// <param name="Revision">Grows whenever the content or time changes; a job of an older revision does nothing.</param>
/// <param name="Size">The card size the post asks for, or null for the account's default.</param>
public sealed record PublicationRecord(
    PublicationKey Key,
    string Origin,
    DateTimeOffset DueUtc,
    DateTimeOffset RunAtUtc,
    string TimeZone,
    string Text,
    string? Card,
    PublicationState State,
    int Attempt,
    int Failures,
    int Revision,
    string? IdempotencyKey,
    string? RemoteId,
    Uri? RemoteUrl,
    string? Message,
    string? Author,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Size = null)
{
    /// <summary>SHA-256 (lower-case hex) of the image the platform received, recorded with Published; null without
    /// a card, before publication, or when the reconciler found the post.</summary>
    public string? ImageSha256 { get; init; }

    /// <summary>The card's alt text in this locale as the post gives it (written, or generated from the statistic);
    /// null without a card, or for a record stored before alt text was kept, which sends the renderer's.</summary>
    public string? AltText { get; init; }
}

/// <summary>One change of a publication, kept for ever: who or what changed it, when, and why.</summary>
public sealed record PublicationHistoryEntry(
    PublicationKey Key,
    DateTimeOffset At,
    PublicationState? From,
    PublicationState To,
    int Attempt,
    string Actor,
    string? Detail);

/// <summary>Which publications a query returns; every filter is optional and they combine with AND.</summary>
public sealed record PublicationFilter
{
    public string? Campaign { get; init; }

    public string? PostId { get; init; }

    /// <summary>Post id starts with this, taken literally (e.g. every occurrence of a repeating post).</summary>
    public string? PostIdPrefix { get; init; }

    public string? Account { get; init; }

    /// <summary>Only these accounts (a partner's, for a person scoped to it); an empty set matches nothing.</summary>
    public IReadOnlyCollection<string>? Accounts { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyCollection<PublicationState>? States { get; init; }

    /// <summary>Due at or after this instant.</summary>
    public DateTimeOffset? DueFrom { get; init; }

    /// <summary>Due before this instant.</summary>
    public DateTimeOffset? DueTo { get; init; }

    /// <summary>At most this many, ordered by due time then key.</summary>
    public int Limit { get; init; } = 1000;

    public int Offset { get; init; }

    public static PublicationFilter All { get; } = new();
}
