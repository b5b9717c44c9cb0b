using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Posts written in the browser (origin <c>web</c>), kept in the database and published through the same ledger
/// and jobs as schedule files. Saving or deleting resynchronises the ledger at once.
/// </summary>
public interface IWebPostStore
{
    Task<IReadOnlyList<ScheduledPost>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces a post. Its publications that are still pending move to the new time and text; ones
    /// already published stay as they are. <paramref name="author"/> is kept for the approval rule.
    /// </summary>
    /// <exception cref="ArgumentException">The post's campaign or id is not <c>[a-z0-9-]+</c>, or it has no publication.</exception>
    Task SaveAsync(ScheduledPost post, string author, CancellationToken cancellationToken = default);

    /// <summary>Deletes a post; its pending publications are cancelled. Returns false when there was none.</summary>
    Task<bool> DeleteAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default);
}
