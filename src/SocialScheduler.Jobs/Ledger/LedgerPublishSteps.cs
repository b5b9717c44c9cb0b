using Dapper;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Remote steps of a publication (<c>publishing_remote_steps</c>), such as the container an Instagram or Threads
/// attempt made: kept with the ledger, so an attempt after a crash publishes the same container.
/// </summary>
/// <remarks>Thread-safe singleton. A step is written synced, before the adapter makes the call that publishes.</remarks>
internal sealed class LedgerPublishSteps(LedgerDatabase database, TimeProvider time) : IPublishSteps
{
    public Task<string?> RecallAsync(string publication, string step, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT remote_id FROM publishing_remote_steps WHERE publication_id = @Publication AND step = @Step",
            new { Publication = publication, Step = step }, cancellationToken: cancellationToken)), cancellationToken);

    public Task RememberAsync(string publication, string step, string remoteId, CancellationToken cancellationToken)
    {
        var args = new { Publication = publication, Step = step, RemoteId = remoteId, Now = time.GetUtcNow().ToUnixTimeMilliseconds() };
        return database.WriteAsync(async (connection, transaction) =>
        {
            // Delete then insert: the one spelling of "replace" every provider reads alike.
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM publishing_remote_steps WHERE publication_id = @Publication AND step = @Step", args, transaction, cancellationToken: cancellationToken));
            return await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO publishing_remote_steps (publication_id, step, remote_id, created_ms) VALUES (@Publication, @Step, @RemoteId, @Now)",
                args, transaction, cancellationToken: cancellationToken));
        }, WriteDurability.Synced, cancellationToken);
    }
}
