using Dapper;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>The ledger's reads: <see cref="IPublicationLedger"/> for people, and the rows the jobs, sweeper and health checks look at.</summary>
/// <remarks>Thread-safe singleton; every call reads on its own connection.</remarks>
internal sealed class LedgerQueries(LedgerDatabase database, LedgerDialect dialect, LedgerSeries series, LedgerPauses pauses) : IPublicationLedger
{
    private const string Table = LedgerDialect.Table;

    public async Task<PublicationRecord?> GetAsync(PublicationKey key, CancellationToken cancellationToken = default) =>
        (await FindAsync(key.ToString(), cancellationToken))?.ToRecord();

    /// <summary>The record <paramref name="id"/> as stored, or null.</summary>
    public Task<PublicationRow?> FindAsync(string id, CancellationToken cancellationToken = default) => dialect.FindAsync(id, cancellationToken);

    public async Task<IReadOnlyList<PublicationRecord>> ListAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = PublicationFilterSql.Where(filter);
        var sql = $"SELECT {PublicationRow.Columns} FROM {Table}{where} ORDER BY due_ms, id{dialect.Page(filter.Limit, filter.Offset)}";
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyDictionary<PublicationState, int>> CountByStateAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = PublicationFilterSql.Where(filter);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            $"SELECT state, COUNT(*) FROM {Table}{where} GROUP BY state", args, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Enum.Parse<PublicationState>(r.State), r => (int)r.Count);
    }

    public async Task<IReadOnlyList<PublicationHistoryEntry>> HistoryAsync(PublicationKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            HistoryRow.Select + " WHERE publication_id = @Id ORDER BY id", new { Id = key.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<PublicationHistoryEntry>> ExportHistoryAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = PublicationFilterSql.Where(filter);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            $"{HistoryRow.Select} WHERE publication_id IN (SELECT id FROM {Table}{where}) ORDER BY publication_id, id",
            args, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<PublicationHistoryEntry>> HistoryOfAsync(IReadOnlyCollection<PublicationKey> keys, CancellationToken cancellationToken = default)
    {
        var ids = keys.Select(k => k.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await dialect.HistoryOfAsync(connection, ids, cancellationToken);
    }

    public Task<SeriesCancellation?> SeriesCancellationAsync(string campaign, string postId, CancellationToken cancellationToken = default) =>
        series.CancellationAsync(campaign, postId, cancellationToken);

    public Task<IReadOnlyList<PauseEntry>> PausesAsync(CancellationToken cancellationToken = default) => pauses.ListAsync(cancellationToken);

    /// <summary>Records in <paramref name="state"/> whose next attempt (Scheduled) or last change (others) is before <paramref name="beforeMs"/>.</summary>
    public async Task<IReadOnlyList<PublicationRow>> StaleAsync(PublicationState state, long beforeMs, int limit, CancellationToken cancellationToken = default)
    {
        var column = state == PublicationState.Scheduled ? "run_at_ms" : "updated_ms";
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE state = @State AND {column} < @beforeMs " +
            $"ORDER BY {column}{dialect.Page(limit, 0)}",
            new { State = state.ToString(), beforeMs }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Scheduled records due by <paramref name="now"/>: the publications waiting to go out.</summary>
    public async Task<long> WaitingAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {Table} WHERE state = '{nameof(PublicationState.Scheduled)}' AND run_at_ms <= @now",
            new { now = now.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    /// <summary>Sending or Unknown records whose claim names its holder, oldest change first.</summary>
    public async Task<IReadOnlyList<PublicationRow>> HeldAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationRow.Columns} FROM {Table} WHERE state IN ('{nameof(PublicationState.Sending)}', '{nameof(PublicationState.Unknown)}') " +
            $"AND holder IS NOT NULL ORDER BY updated_ms{dialect.Page(limit, 0)}",
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Every post the ledger holds (each occurrence under its own id) with its earliest due time.</summary>
    public async Task<IEnumerable<(string Campaign, string PostId, long DueMs)>> FirstDueByPostAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await connection.QueryAsync<(string, string, long)>(new CommandDefinition(
            $"SELECT campaign, post_id, MIN(due_ms) FROM {Table} GROUP BY campaign, post_id", cancellationToken: cancellationToken));
    }
}
