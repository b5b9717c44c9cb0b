using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Scheduling;

/// <summary>The schedule source's current snapshot followed by the web posts: the order in which the first of two posts with one id wins.</summary>
internal sealed class CurrentPosts(IScheduleSource source, WebPostStore webPosts) : IPostLookup
{
    /// <summary>Every current post with its author (null for a schedule file's), files first.</summary>
    public async Task<IReadOnlyList<(ScheduledPost Post, string? Author)>> ListAsync(CancellationToken cancellationToken = default) =>
        source.Current.Posts.Select(p => (Post: p, Author: (string?)null))
            .Concat((await webPosts.ListAuthoredAsync(cancellationToken)).Select(w => (w.Post, (string?)w.Author)))
            .ToList();

    public async Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default) =>
        source.Current.Posts.FirstOrDefault(p => p.Campaign == campaign && p.Id == postId)
            ?? await webPosts.FindAsync(campaign, postId, cancellationToken);
}
