using System.Text;
using Dapper;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>The ledger over the application's database: queries here, transitions and sync in the other parts.</summary>
internal sealed partial class LedgerStore(LedgerDatabase database, TimeProvider time) : IPublicationLedger
{
    private const string Table = "publishing_publications";

    internal LedgerDatabase Database => database;

    internal long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<PublicationRecord?> GetAsync(PublicationKey key, CancellationToken cancellationToken = default) =>
        (await FindAsync(key.ToString(), cancellationToken))?.ToRecord();

    public async Task<IReadOnlyList<PublicationRecord>> ListAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = Where(filter);
        var sql = $"SELECT {PublicationRow.Columns} FROM {Table}{where} ORDER BY due_ms, id{database.Dialect.Page(filter.Limit, filter.Offset)}";
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyDictionary<PublicationState, int>> CountByStateAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = Where(filter);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            $"SELECT state, COUNT(*) FROM {Table}{where} GROUP BY state", args, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Enum.Parse<PublicationState>(r.State), r => (int)r.Count);
    }

    public async Task<IReadOnlyList<PublicationHistoryEntry>> HistoryAsync(PublicationKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            HistorySelect + " WHERE publication_id = @Id ORDER BY id", new { Id = key.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public async Task<IReadOnlyList<PublicationHistoryEntry>> ExportHistoryAsync(PublicationFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, args) = Where(filter);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            $"{HistorySelect} WHERE publication_id IN (SELECT id FROM {Table}{where}) ORDER BY publication_id, id",
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
        if (database.Provider == StorageProvider.PostgreSql)
        {
            // One array parameter, however many ids.
            var all = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"{HistorySelect} WHERE publication_id = ANY(@Ids) ORDER BY publication_id, id", new { Ids = ids }, cancellationToken: cancellationToken));
            return all.Select(r => r.ToEntry()).ToList();
        }

        // Chunks stay under the providers' parameter limits (SQL Server's 2,100); the ids are sorted, so the chunks
        // come back in the order one query would give.
        var entries = new List<PublicationHistoryEntry>();
        foreach (var chunk in ids.Chunk(HistoryIdsPerQuery))
        {
            var args = new DynamicParameters();
            var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
                $"{HistorySelect} WHERE publication_id IN {SqlLists.In(args, "Id", chunk)} ORDER BY publication_id, id", args, cancellationToken: cancellationToken));
            entries.AddRange(rows.Select(r => r.ToEntry()));
        }

        return entries;
    }

    public async Task<IReadOnlyList<PauseEntry>> PausesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Scope, long PausedMs, string PausedBy, string? Reason)>(new CommandDefinition(
            "SELECT scope, paused_ms, paused_by, reason FROM publishing_pauses ORDER BY paused_ms", cancellationToken: cancellationToken));
        return rows.Select(r => new PauseEntry(
            PauseScope.TryParse(r.Scope, out var scope) ? scope : PauseScope.All, PublicationRow.Ms(r.PausedMs), r.PausedBy, r.Reason)).ToList();
    }

    private const int HistoryIdsPerQuery = 500;

    private const string HistorySelect =
        "SELECT publication_id AS PublicationId, at_ms AS AtMs, from_state AS FromState, to_state AS ToState, " +
        "attempt AS Attempt, actor AS Actor, detail AS Detail FROM publishing_history";

    private static (string Where, DynamicParameters Args) Where(PublicationFilter filter)
    {
        var sql = new StringBuilder();
        var args = new DynamicParameters();
        void Add(string clause, string name, object? value)
        {
            if (value is null)
            {
                return;
            }

            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(clause);
            args.Add(name, value);
        }

        Add("campaign = @Campaign", "Campaign", filter.Campaign);
        Add("post_id = @PostId", "PostId", filter.PostId);
        Add(@"post_id LIKE @PostIdPrefix ESCAPE '\'", "PostIdPrefix", filter.PostIdPrefix is { } prefix ? EscapeLike(prefix) + "%" : null);
        Add("account = @Account", "Account", filter.Account);
        Add("locale = @Locale", "Locale", filter.Locale);
        if (filter.States is { Count: > 0 } states)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append("state IN ").Append(SqlLists.In(args, "State", states.Select(x => x.ToString())));
        }

        Add("due_ms >= @DueFrom", "DueFrom", filter.DueFrom?.ToUnixTimeMilliseconds());
        Add("due_ms < @DueTo", "DueTo", filter.DueTo?.ToUnixTimeMilliseconds());
        return (sql.ToString(), args);
    }

    private static string EscapeLike(string literal) =>
        literal.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
