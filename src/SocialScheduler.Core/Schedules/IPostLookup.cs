namespace SocialScheduler.Core.Schedules;

/// <summary>
/// Finds one post as it is now, by its key, under the rule of <see cref="PostsInForce"/>: a web post with the id of a
/// file post is shadowed by it, as in the ledger, so every reader finds the post that publishes.
/// </summary>
public interface IPostLookup
{
    /// <summary>The current post named <paramref name="postId"/> in <paramref name="campaign"/>: a schedule file's first, then a web post's; null when neither has it.</summary>
    Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default);
}
