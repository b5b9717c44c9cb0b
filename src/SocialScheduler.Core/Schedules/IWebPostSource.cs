namespace SocialScheduler.Core.Schedules;

/// <summary>
/// The posts written in the browser or through the API (origin <c>web</c>) as they are stored, with their authors.
/// Read-only: <see cref="PostsInForce"/> reads it, so whoever stores web posts can depend on the synchronizer that
/// reads the posts in force without a cycle.
/// </summary>
/// <remarks>Thread-safe. Implementations throw when their storage cannot be read; nothing is dropped silently.</remarks>
public interface IWebPostSource
{
    /// <summary>Every stored web post, ordered by campaign and id.</summary>
    Task<IReadOnlyList<AuthoredPost>> ListAuthoredAsync(CancellationToken cancellationToken = default);

    /// <summary>The web post <paramref name="postId"/> of <paramref name="campaign"/>, read by its key; null when there is none.</summary>
    Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default);
}

/// <summary>A post in force and who wrote it: the web user for a web post, null for a schedule file's (reviewed in git).</summary>
/// <remarks>The author is kept beside the post, not in it: it decides who may approve, not what is published.</remarks>
public sealed record AuthoredPost(ScheduledPost Post, string? Author);
