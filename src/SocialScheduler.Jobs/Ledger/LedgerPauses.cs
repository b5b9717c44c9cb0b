using Dapper;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>The pauses in force (<c>publishing_pauses</c>), one row per scope.</summary>
/// <remarks>Thread-safe singleton. What a pause holds is the readiness rule's concern; this only stores them.</remarks>
internal sealed class LedgerPauses(LedgerDatabase database, TimeProvider time)
{
    /// <summary>The pauses in force, oldest first.</summary>
    public async Task<IReadOnlyList<PauseEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Scope, long PausedMs, string PausedBy, string? Reason)>(new CommandDefinition(
            "SELECT scope, paused_ms, paused_by, reason FROM publishing_pauses ORDER BY paused_ms", cancellationToken: cancellationToken));
        return rows.Select(r => new PauseEntry(
            PauseScope.TryParse(r.Scope, out var scope) ? scope : PauseScope.All, PublicationRow.Ms(r.PausedMs), r.PausedBy, r.Reason)).ToList();
    }

    /// <summary>The scopes paused now, as stored (<see cref="PauseScope.Value"/>).</summary>
    public async Task<HashSet<string>> ScopesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var scopes = await connection.QueryAsync<string>(new CommandDefinition("SELECT scope FROM publishing_pauses", cancellationToken: cancellationToken));
        return scopes.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Pauses <paramref name="scope"/>; false when it was already paused (the first pause is kept).</summary>
    /// <remarks>The pause and its <c>publishing.paused</c> event commit together.</remarks>
    public Task<bool> AddAsync(PauseScope scope, string actor, string? reason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(async (connection, transaction) =>
        {
            var added = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO publishing_pauses (scope, paused_ms, paused_by, reason) SELECT @Scope, @Now, @Actor, @Reason " +
                "WHERE NOT EXISTS (SELECT 1 FROM publishing_pauses WHERE scope = @Scope)",
                new { Scope = scope.Value, Now = now, Actor = actor, Reason = reason }, transaction, cancellationToken: cancellationToken)) == 1;
            if (added)
            {
                await AlertOutbox.AddAsync(connection, transaction, new AlertRecord(AlertOutbox.NewId(now), AlertTypes.PublishingPaused, now)
                {
                    Message = $"Publishing is paused for {scope} by {actor}" + (string.IsNullOrWhiteSpace(reason) ? "." : $": {reason}"),
                    Detail = scope.Value,
                });
            }

            return added;
        }, cancellationToken);
    }

    /// <summary>Lifts the pause of <paramref name="scope"/>; false when there was none.</summary>
    /// <remarks>The lift and its <c>publishing.resumed</c> event commit together.</remarks>
    public Task<bool> RemoveAsync(PauseScope scope, string actor = "", CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(async (connection, transaction) =>
        {
            var removed = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM publishing_pauses WHERE scope = @Scope", new { Scope = scope.Value }, transaction, cancellationToken: cancellationToken)) == 1;
            if (removed)
            {
                await AlertOutbox.AddAsync(connection, transaction, new AlertRecord(AlertOutbox.NewId(now), AlertTypes.PublishingResumed, now)
                {
                    Message = $"Publishing resumed for {scope}" + (actor.Length > 0 ? $" by {actor}." : "."),
                    Detail = scope.Value,
                });
            }

            return removed;
        }, cancellationToken);
    }
}
