using System.Data.Common;
using Dapper;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// One record per event and channel in <c>alerts_deliveries</c>: Pending (with the time of the next try), Delivered,
/// Skipped (the channel does not want the type) or GaveUp. A try is claimed by raising the attempt count and moving
/// the next try past the delivery's timeout, so two workers never send the same event to the same channel at once,
/// and a worker that dies mid-try leaves it due again.
/// </summary>
/// <remarks>Thread-safe singleton.</remarks>
internal sealed class AlertDeliveries(LedgerDatabase database)
{
    private const string EventColumns =
        "e.id AS Id, e.type AS Type, e.occurred_ms AS OccurredMs, e.publication_id AS PublicationId, e.campaign AS Campaign, " +
        "e.post_id AS PostId, e.account AS Account, e.locale AS Locale, e.state AS State, e.message AS Message, e.detail AS Detail";

    /// <summary>Events since <paramref name="sinceMs"/> that <paramref name="channel"/> has not had yet or must try again now, oldest first.</summary>
    public Task<IReadOnlyList<DueAlert>> DueAsync(string channel, long sinceMs, long nowMs, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<DueAlert>>(async connection =>
        {
            var rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
                $"SELECT {EventColumns}, d.attempts AS Attempts FROM alerts_events e " +
                "LEFT JOIN alerts_deliveries d ON d.event_id = e.id AND d.channel = @Channel " +
                "WHERE e.occurred_ms >= @Since AND (d.event_id IS NULL OR (d.state = 'Pending' AND d.next_ms <= @Now)) " +
                "ORDER BY e.occurred_ms, e.id" + database.Dialect.Page(limit, 0),
                new { Channel = channel, Since = sinceMs, Now = nowMs }, cancellationToken: cancellationToken));
            return rows.Select(r => new DueAlert(r.ToRecord(), r.Attempts)).ToList();
        }, cancellationToken);

    /// <summary>
    /// Claims the next try of <paramref name="alert"/> on <paramref name="channel"/> until <paramref name="leaseMs"/>;
    /// false when another worker took it first. <paramref name="state"/> Skipped records the channel's refusal instead.
    /// </summary>
    public Task<bool> ClaimAsync(DueAlert alert, string channel, long nowMs, long leaseMs, string state, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (alert.Attempts is null)
            {
                return await TryInsertAsync(connection, transaction, new DynamicParameters(new { Event = alert.Record.Id, Channel = channel, Now = nowMs, Lease = leaseMs, State = state }));
            }

            var args = new { Event = alert.Record.Id, Channel = channel, Seen = alert.Attempts.Value, Now = nowMs, Lease = leaseMs, State = state };

            return await connection.ExecuteAsync(
                "UPDATE alerts_deliveries SET attempts = attempts + 1, next_ms = @Lease, last_ms = @Now, state = @State " +
                "WHERE event_id = @Event AND channel = @Channel AND state = 'Pending' AND attempts = @Seen", args, transaction) == 1;
        }, cancellationToken);

    /// <summary>Records the end of a try: Delivered, Pending again at <paramref name="nextMs"/>, or GaveUp.</summary>
    public Task SettleAsync(string eventId, string channel, string state, long nowMs, long nextMs, string? error, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE alerts_deliveries SET state = @State, next_ms = @Next, last_ms = @Now, last_error = @Error WHERE event_id = @Event AND channel = @Channel",
            new { Event = eventId, Channel = channel, State = state, Now = nowMs, Next = nextMs, Error = error }, transaction), cancellationToken);

    /// <summary>Deliveries that failed last time (retrying or given up) since <paramref name="sinceMs"/>, newest first.</summary>
    public Task<IReadOnlyList<DeliveryProblem>> ProblemsAsync(long sinceMs, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<DeliveryProblem>>(async connection => (await connection.QueryAsync<DeliveryProblem>(new CommandDefinition(
            "SELECT channel AS Channel, event_id AS EventId, state AS State, attempts AS Attempts, last_ms AS LastMs, last_error AS LastError " +
            "FROM alerts_deliveries WHERE last_error IS NOT NULL AND state IN ('Pending', 'GaveUp') AND last_ms >= @Since ORDER BY last_ms DESC",
            new { Since = sinceMs }, cancellationToken: cancellationToken))).ToList(), cancellationToken);

    /// <summary>How each channel's deliveries stand, e.g. for a test or an operator: (channel, state) → count.</summary>
    public Task<IReadOnlyList<(string Channel, string State, long Count)>> CountsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<(string, string, long)>>(async connection => (await connection.QueryAsync<(string, string, long)>(new CommandDefinition(
            "SELECT channel, state, COUNT(*) FROM alerts_deliveries GROUP BY channel, state", cancellationToken: cancellationToken))).ToList(), cancellationToken);

    // The same insert on every provider; a second worker inserting at the same moment hits the primary key and loses.
    private static async Task<bool> TryInsertAsync(DbConnection connection, DbTransaction transaction, DynamicParameters args)
    {
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO alerts_deliveries (event_id, channel, state, attempts, next_ms, last_ms, last_error) " +
                "SELECT @Event, @Channel, @State, 1, @Lease, @Now, NULL WHERE NOT EXISTS " +
                "(SELECT 1 FROM alerts_deliveries WHERE event_id = @Event AND channel = @Channel)", args, transaction)) == 1;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private sealed class AlertRow
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public long OccurredMs { get; set; }
        public string? PublicationId { get; set; }
        public string? Campaign { get; set; }
        public string? PostId { get; set; }
        public string? Account { get; set; }
        public string? Locale { get; set; }
        public string? State { get; set; }
        public string? Message { get; set; }
        public string? Detail { get; set; }
        public long? Attempts { get; set; }

        public AlertRecord ToRecord() => new(Id, Type, OccurredMs)
        {
            PublicationId = PublicationId, Campaign = Campaign, PostId = PostId, Account = Account, Locale = Locale, State = State,
            Message = Message, Detail = Detail,
        };
    }
}

/// <summary>An event a channel still has to get, with the tries made so far (null: none).</summary>
internal sealed record DueAlert(AlertRecord Record, long? Attempts);

/// <summary>A delivery whose last try failed.</summary>
public sealed class DeliveryProblem
{
    public string Channel { get; set; } = "";
    public string EventId { get; set; } = "";
    public string State { get; set; } = "";
    public long Attempts { get; set; }
    public long LastMs { get; set; }
    public string? LastError { get; set; }
}
