namespace SocialScheduler.Core.Schedules;

/// <summary>
/// The posts in force: the schedule files' current snapshot, then the web posts whose campaign and id no file post
/// has. A web post with a file post's id is shadowed by it as a whole, so the synchronizer, the web app, <c>plan</c>
/// and the API all see the one post that publishes.
/// </summary>
/// <remarks>
/// Thread-safe. Without a <see cref="IWebPostSource"/> (no publishing pipeline) the files' posts are all; when the web
/// posts cannot be read, the source's exception comes out of <see cref="ListAsync"/> and the caller decides.
/// </remarks>
public sealed class PostsInForce(IScheduleSource files, IWebPostSource? webPosts = null) : IPostLookup
{
    /// <summary>Every post in force with its author (null for a schedule file's), files first.</summary>
    public async Task<IReadOnlyList<AuthoredPost>> ListAsync(CancellationToken cancellationToken = default)
    {
        var fromFiles = files.Current.Posts;
        var taken = fromFiles.Select(p => (p.Campaign, p.Id)).ToHashSet();
        var web = webPosts is null ? [] : await webPosts.ListAuthoredAsync(cancellationToken);
        return [.. fromFiles.Select(p => new AuthoredPost(p, null)), .. web.Where(w => !taken.Contains((w.Post.Campaign, w.Post.Id)))];
    }

    /// <summary>The post named <paramref name="postId"/> in <paramref name="campaign"/>: a schedule file's first, then a web post's; null when neither has it.</summary>
    public async Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default) =>
        files.Current.Posts.FirstOrDefault(p => p.Campaign == campaign && p.Id == postId)
            ?? (webPosts is null ? null : await webPosts.FindAsync(campaign, postId, cancellationToken));
}
