using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>Decisions about whole series of repeating posts, which the sync applies to occurrences it adds later.</summary>
/// <remarks>Thread-safe singleton.</remarks>
internal sealed class LedgerSeries(LedgerDatabase database, TimeProvider time)
{
    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    public Task<IReadOnlyList<SeriesCancellation>> CancellationsAsync(CancellationToken cancellationToken = default) =>
        CancellationsAsync("", new { }, cancellationToken);

    /// <summary>The last cancellation of a series (in force or resumed), or null when there was none.</summary>
    public async Task<SeriesCancellation?> CancellationAsync(string campaign, string postId, CancellationToken cancellationToken = default) =>
        (await CancellationsAsync(" WHERE campaign = @campaign AND post_id = @postId", new { campaign, postId }, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<SeriesCancellation>> CancellationsAsync(string where, object args, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Campaign, string PostId, string Fingerprint, string CancelledBy, long CancelledMs, string? Reason, string? ResumedBy, long? ResumedMs)>(
            new CommandDefinition(
                "SELECT campaign, post_id, fingerprint, cancelled_by, cancelled_ms, reason, resumed_by, resumed_ms FROM publishing_series" + where,
                args, cancellationToken: cancellationToken));
        return rows.Select(r => new SeriesCancellation(
            r.Campaign, r.PostId, r.Fingerprint, r.CancelledBy, PublicationRow.Ms(r.CancelledMs), r.Reason,
            r.ResumedBy, r.ResumedMs is { } resumed ? PublicationRow.Ms(resumed) : null)).ToList();
    }

    public async Task<IReadOnlyList<SeriesApproval>> ApprovalsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Campaign, string PostId, string Locale, string Fingerprint, string ApprovedBy, long ApprovedMs)>(
            new CommandDefinition(
                "SELECT campaign, post_id, locale, fingerprint, approved_by, approved_ms FROM publishing_series_approvals",
                cancellationToken: cancellationToken));
        return rows.Select(r => new SeriesApproval(r.Campaign, r.PostId, r.Locale, r.Fingerprint, r.ApprovedBy, PublicationRow.Ms(r.ApprovedMs))).ToList();
    }

    /// <summary>Records that the series of a post is cancelled, replacing any earlier cancellation or resume.</summary>
    public Task CancelAsync(string campaign, string postId, string fingerprint, string actor, string? reason, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var args = new { campaign, postId, fingerprint, actor, reason, Now = NowMs };
            await connection.ExecuteAsync("DELETE FROM publishing_series WHERE campaign = @campaign AND post_id = @postId", args, transaction);
            return await connection.ExecuteAsync(
                "INSERT INTO publishing_series (campaign, post_id, fingerprint, cancelled_by, cancelled_ms, reason) " +
                "VALUES (@campaign, @postId, @fingerprint, @actor, @Now, @reason)", args, transaction);
        }, cancellationToken);

    /// <summary>Lifts the cancellation of a series in force; false when there was none.</summary>
    public Task<bool> ResumeAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(
            "UPDATE publishing_series SET resumed_by = @actor, resumed_ms = @Now " +
            "WHERE campaign = @campaign AND post_id = @postId AND (resumed_ms IS NULL OR resumed_ms < cancelled_ms)",
            new { campaign, postId, actor, Now = NowMs }, transaction) == 1, cancellationToken);

    /// <summary>Records the approval of one locale of a series, replacing an earlier one.</summary>
    public Task ApproveAsync(string campaign, string postId, string locale, string fingerprint, string approver, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var args = new { campaign, postId, locale, fingerprint, approver, Now = NowMs };
            await connection.ExecuteAsync(
                "DELETE FROM publishing_series_approvals WHERE campaign = @campaign AND post_id = @postId AND locale = @locale", args, transaction);
            return await connection.ExecuteAsync(
                "INSERT INTO publishing_series_approvals (campaign, post_id, locale, fingerprint, approved_by, approved_ms) " +
                "VALUES (@campaign, @postId, @locale, @fingerprint, @approver, @Now)", args, transaction);
        }, cancellationToken);
}
