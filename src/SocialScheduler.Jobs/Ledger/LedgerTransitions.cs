using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Every change of a publication's state after the sync added it: claims, outcomes, holds, cancellations, retries,
/// approvals. Each is a compare-and-set written with its history entry in one transaction (on PostgreSQL one statement).
/// </summary>
/// <remarks>
/// Thread-safe singleton. A write that must commit with a state change (the server holding a claim, an alert in an
/// outbox, a platform's container id) belongs here: as a column in <see cref="Change"/> and
/// <see cref="ChangeStatement"/>, or as a row each dialect writes beside the history entry, so no caller can make
/// the change without it.
/// </remarks>
internal sealed class LedgerTransitions(LedgerDialect dialect, ServerIdentity self, TimeProvider time)
{
    /// <summary>Whether <see cref="ClaimIfReadyAsync"/> can claim on this provider (SQL Server takes the long path).</summary>
    public bool ClaimsInOneStatement => dialect.ClaimsInOneStatement;

    /// <summary>Applies <paramref name="change"/> when the record is in one of <paramref name="from"/>; true when it did.</summary>
    /// <remarks>Returns once the change (with its history entry) is durable; see <see cref="LedgerDatabase.WriteAsync"/>.</remarks>
    public Task<bool> TransitionAsync(
        string id, IReadOnlyCollection<PublicationState> from, Change change, string actor, string? detail, CancellationToken cancellationToken = default) =>
        dialect.TransitionAsync(ChangeStatement.Of(id, from, change, actor, detail, time.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>
    /// Claims revision <paramref name="revision"/> of a publication for its next attempt (Scheduled → Sending, attempt
    /// and idempotency key set, history written) when <paramref name="readiness"/> holds for it; returns the claimed record, or null when any of that does not hold (or
    /// the provider has no single-statement form, see <see cref="ClaimsInOneStatement"/>), and then nothing changed.
    /// </summary>
    /// <remarks>
    /// A publish job usually finds its record ready: this claims it in one write instead of a read, the checks and a
    /// write. The publish job falls back to the long way on null, which tells why and records it.
    /// </remarks>
    public Task<PublicationRow?> ClaimIfReadyAsync(string id, long revision, Readiness readiness, CancellationToken cancellationToken = default) =>
        dialect.ClaimAsync(new ClaimStatement(id, revision, time.GetUtcNow().ToUnixTimeMilliseconds(), readiness, self.Name), cancellationToken);

    /// <summary>
    /// The long form of a claim, after the caller checked readiness itself: Scheduled at attempt
    /// <paramref name="attempt"/> → Sending at the next attempt with <paramref name="idempotencyKey"/>, held by this
    /// worker; true when it applied.
    /// </summary>
    public Task<bool> ClaimAsync(string id, long attempt, string idempotencyKey, CancellationToken cancellationToken = default) =>
        TransitionAsync(id, [PublicationState.Scheduled],
            new Change(PublicationState.Sending) { ExpectedAttempt = attempt, NextAttempt = true, IdempotencyKey = idempotencyKey, Holder = self.Name },
            "publisher", ClaimDetail(attempt + 1, idempotencyKey), cancellationToken);

    /// <summary>The history detail of a claim; the same words on every path.</summary>
    internal static string ClaimDetail(long attempt, string idempotencyKey) => $"Attempt {attempt}, idempotency key {idempotencyKey}.";
}
