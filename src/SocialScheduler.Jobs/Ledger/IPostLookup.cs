using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// The posts as they are now: the schedule files' and the web posts'. A web post with the id of a file post is
/// shadowed by it, as in the ledger, so every reader finds the post that publishes.
/// </summary>
public interface IPostLookup
{
    /// <summary>The current post named <paramref name="postId"/> in <paramref name="campaign"/>: a schedule file's first, then a web post's; null when neither has it.</summary>
    Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default);
}
