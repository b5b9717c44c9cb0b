using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>A row of <c>publishing_publications</c> as Dapper reads it (every number is 64-bit on every provider).</summary>
internal sealed class PublicationRow
{
    public const string Columns =
        "id AS Id, campaign AS Campaign, post_id AS PostId, account AS Account, locale AS Locale, origin AS Origin, " +
        "due_ms AS DueMs, run_at_ms AS RunAtMs, time_zone AS TimeZone, body AS Body, card AS Card, card_size AS Size, " +
        "content_hash AS ContentHash, state AS State, attempt AS Attempt, failures AS Failures, revision AS Revision, " +
        "idempotency_key AS IdempotencyKey, remote_id AS RemoteId, remote_url AS RemoteUrl, message AS Message, " +
        "job_id AS JobId, author AS Author, approved_by AS ApprovedBy, approved_ms AS ApprovedMs, " +
        "created_ms AS CreatedMs, updated_ms AS UpdatedMs, image_sha256 AS ImageSha256, alt_text AS AltText, holder AS Holder";

    public string Id { get; set; } = "";
    public string Campaign { get; set; } = "";
    public string PostId { get; set; } = "";
    public string Account { get; set; } = "";
    public string Locale { get; set; } = "";
    public string Origin { get; set; } = "";
    public long DueMs { get; set; }
    public long RunAtMs { get; set; }
    public string TimeZone { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Card { get; set; }
    public string? Size { get; set; }
    public string? AltText { get; set; }
    public string ContentHash { get; set; } = "";
    public string State { get; set; } = "";
    public long Attempt { get; set; }
    public long Failures { get; set; }
    public long Revision { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? RemoteId { get; set; }
    public string? RemoteUrl { get; set; }
    public string? Message { get; set; }
    public string? JobId { get; set; }
    public string? Author { get; set; }
    public string? ApprovedBy { get; set; }
    public long? ApprovedMs { get; set; }
    public long CreatedMs { get; set; }
    public string? ImageSha256 { get; set; }
    public long UpdatedMs { get; set; }

    /// <summary>The worker (<see cref="Hosting.ServerIdentity"/>) that made the last claim; null before any, or for a claim older than the column.</summary>
    public string? Holder { get; set; }

    public PublicationKey Key => new(Campaign, PostId, Account, Locale);

    public PublicationState StateValue => Enum.Parse<PublicationState>(State);

    public PublicationRecord ToRecord() => new(
        Key, Origin, Ms(DueMs), Ms(RunAtMs), TimeZone, Body, Card, StateValue, (int)Attempt, (int)Failures, (int)Revision,
        IdempotencyKey, RemoteId, RemoteUrl is null ? null : new Uri(RemoteUrl), Message, Author, ApprovedBy,
        ApprovedMs is { } a ? Ms(a) : null, Ms(CreatedMs), Ms(UpdatedMs), Size)
    {
        ImageSha256 = ImageSha256,
        AltText = AltText,
    };

    internal static DateTimeOffset Ms(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}

internal sealed class HistoryRow
{
    public const string Select =
        "SELECT publication_id AS PublicationId, at_ms AS AtMs, from_state AS FromState, to_state AS ToState, " +
        "attempt AS Attempt, actor AS Actor, detail AS Detail FROM publishing_history";

    public string PublicationId { get; set; } = "";
    public long AtMs { get; set; }
    public string? FromState { get; set; }
    public string ToState { get; set; } = "";
    public long Attempt { get; set; }
    public string Actor { get; set; } = "";
    public string? Detail { get; set; }

    public PublicationHistoryEntry ToEntry() => new(
        PublicationKey.Parse(PublicationId), PublicationRow.Ms(AtMs),
        FromState is null ? null : Enum.Parse<PublicationState>(FromState), Enum.Parse<PublicationState>(ToState),
        (int)Attempt, Actor, Detail);
}
