using System.Data.Common;
using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Writes events into <c>alerts_events</c>. A publication's event is written by the ledger in the transaction of
/// the change that causes it (see <see cref="Change.Alert"/>); events that no state change causes (an outcome still
/// unknown, an approval still missing, a pause, an account about to expire, the digest) come through
/// <see cref="AddAsync(AlertRecord, CancellationToken)"/> with an id derived from what they are about, so noticing
/// the same thing twice writes one event.
/// </summary>
/// <remarks>Thread-safe singleton.</remarks>
public sealed class AlertOutbox
{
    internal const string Columns = "id, type, occurred_ms, publication_id, campaign, post_id, account, locale, state, message, detail";

    /// <summary>The event of a transition, read from the record it just changed (so it carries the new state).</summary>
    internal const string FromPublicationSql =
        $"INSERT INTO alerts_events ({Columns}) SELECT @AlertId, @AlertType, @Now, id, campaign, post_id, account, locale, state, message, NULL " +
        $"FROM {Dialects.LedgerDialect.Table} WHERE id = @Id";

    private const string InsertSql =
        $"INSERT INTO alerts_events ({Columns}) SELECT @Id, @Type, @OccurredMs, @PublicationId, @Campaign, @PostId, @Account, @Locale, @State, @Message, @Detail " +
        "WHERE NOT EXISTS (SELECT 1 FROM alerts_events WHERE id = @Id)";

    private readonly LedgerDatabase _database;

    internal AlertOutbox(LedgerDatabase database) => _database = database;

    /// <summary>A new id for an event of a state change: time-ordered, unique.</summary>
    internal static string NewId(long nowMs) => "evt_" + Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(nowMs)).ToString("N");

    /// <summary>A stable id for the event about <paramref name="subject"/>: the same subject always gives the same id.</summary>
    public static string IdFor(string type, string subject) =>
        "evt_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(type + "\n" + subject)))[..32];

    /// <summary>Writes <paramref name="record"/> unless an event with its id exists; true when it was written.</summary>
    public Task<bool> AddAsync(AlertRecord record, CancellationToken cancellationToken = default) =>
        _database.WriteAsync((connection, transaction) => AddAsync(connection, transaction, record), cancellationToken);

    /// <summary>Writes <paramref name="record"/> inside a caller's transaction (a pause and its event commit together).</summary>
    internal static async Task<bool> AddAsync(DbConnection connection, DbTransaction transaction, AlertRecord record) =>
        await connection.ExecuteAsync(InsertSql, record, transaction) == 1;
}

/// <summary>One row of <c>alerts_events</c>: what happened, when, and to which publication or account.</summary>
public sealed record AlertRecord(string Id, string Type, long OccurredMs)
{
    public string? PublicationId { get; init; }
    public string? Campaign { get; init; }
    public string? PostId { get; init; }
    public string? Account { get; init; }
    public string? Locale { get; init; }
    public string? State { get; init; }
    public string? Message { get; init; }

    /// <summary>Free text for events about no single publication (the digest's list, a pause's scope).</summary>
    public string? Detail { get; init; }

    internal static AlertRecord Of(string id, string type, long occurredMs, PublicationRow row, string? message) => new(id, type, occurredMs)
    {
        PublicationId = row.Id, Campaign = row.Campaign, PostId = row.PostId, Account = row.Account, Locale = row.Locale, State = row.State,
        Message = message ?? row.Message,
    };
}
