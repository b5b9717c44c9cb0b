using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>
/// The web posts as the web app and the API change them: the store keeps each change, then the ledger is
/// resynchronised at once. Syncing here, above the store, lets the synchronizer read the store (through
/// <see cref="PostsInForce"/>) with no cycle between them.
/// </summary>
internal sealed class SyncedWebPostStore(WebPostStore store, ScheduleSynchronizer synchronizer) : IWebPostStore
{
    public Task<IReadOnlyList<ScheduledPost>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    public async Task SaveAsync(ScheduledPost post, string author, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(post, author, cancellationToken);
        await synchronizer.SyncAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default)
    {
        var deleted = await store.DeleteAsync(campaign, postId, actor, cancellationToken);
        if (deleted)
        {
            await synchronizer.SyncAsync(cancellationToken);
        }

        return deleted;
    }
}
