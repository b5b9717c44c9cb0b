using System.Text;
using Dapper;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>A compare-and-set change of one publication: applied only while it is still in one of the expected states.</summary>
internal sealed record Change(PublicationState To)
{
    public long? RunAtMs { get; init; }

    /// <summary>Claim fence: the change applies only when the attempt number is still this.</summary>
    public long? ExpectedAttempt { get; init; }

    public bool NextAttempt { get; init; }

    public long? Failures { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>The worker that holds the record while it is Sending (set with a claim).</summary>
    public string? Holder { get; init; }

    public string? RemoteId { get; init; }

    public string? RemoteUrl { get; init; }

    public string? Message { get; init; }

    /// <summary>Forget the Hangfire job so the scheduler makes a new one.</summary>
    public bool ClearJob { get; init; }

    public bool NextRevision { get; init; }

    public string? ApprovedBy { get; init; }

    public string? ImageSha256 { get; init; }

    /// <summary>
    /// The type of the event (see <see cref="Alerts.AlertTypes"/>) written to the alert outbox in the same
    /// transaction when the change applies, so a crash cannot keep the change and lose its alert.
    /// </summary>
    public string? Alert { get; init; }

    /// <summary>Synced unless the reconciler can recover the change when a power loss undoes it (see <see cref="WriteDurability"/>).</summary>
    public WriteDurability Durability { get; init; } = WriteDurability.Synced;
}

/// <summary>
/// A <see cref="Change"/> as SQL every provider reads alike: the SET and WHERE clauses of the update with their
/// parameters, and the history entry that must be written with it.
/// </summary>
internal sealed record ChangeStatement(
    string Id, IReadOnlyCollection<PublicationState> From, string Set, string Where, DynamicParameters Args, long NowMs,
    string To, bool NextAttempt, string Actor, string? Detail, WriteDurability Durability)
{
    /// <summary>The event type to write with the change, or null.</summary>
    public string? AlertType { get; private init; }

    public static ChangeStatement Of(string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail, long now)
    {
        var set = new StringBuilder("state = @To, updated_ms = @Now");
        var args = new DynamicParameters();
        args.Add("Id", id);
        args.Add("To", change.To.ToString());
        args.Add("Now", now);
        void Set(string column, string name, object? value)
        {
            if (value is not null)
            {
                set.Append($", {column} = @{name}");
                args.Add(name, value);
            }
        }

        Set("run_at_ms", "RunAt", change.RunAtMs);
        Set("failures", "Failures", change.Failures);
        Set("idempotency_key", "IdempotencyKey", change.IdempotencyKey);
        Set("holder", "Holder", change.Holder);
        Set("remote_id", "RemoteId", change.RemoteId);
        Set("remote_url", "RemoteUrl", change.RemoteUrl);
        Set("message", "Message", change.Message);
        Set("approved_by", "ApprovedBy", change.ApprovedBy);
        Set("image_sha256", "ImageSha256", change.ImageSha256);
        if (change.ApprovedBy is not null)
        {
            Set("approved_ms", "ApprovedMs", now);
        }

        set.Append(change.NextAttempt ? ", attempt = attempt + 1" : "")
            .Append(change.NextRevision ? ", revision = revision + 1" : "")
            .Append(change.ClearJob ? ", job_id = NULL" : "");
        var where = "id = @Id AND state IN " + SqlLists.In(args, "From", from.Select(s => s.ToString()));
        if (change.ExpectedAttempt is { } attempt)
        {
            where += " AND attempt = @Attempt";
            args.Add("Attempt", attempt);
        }

        if (change.Alert is { } alert)
        {
            args.Add("AlertId", AlertOutbox.NewId(now));
            args.Add("AlertType", alert);
        }

        return new(id, from, set.ToString(), where, args, now, change.To.ToString(), change.NextAttempt, actor, detail, change.Durability) { AlertType = change.Alert };
    }

    /// <summary>The update alone, for <see cref="LedgerDialect.Table"/>.</summary>
    public string Update => $"UPDATE {LedgerDialect.Table} SET {Set} WHERE {Where}";
}
