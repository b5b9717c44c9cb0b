using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// A cancellation of a repeating post's whole series. It holds while the post is what it was when cancelled
/// (<see cref="Fingerprint"/>) and nobody resumed it: a changed post, in a reviewed schedule file or re-saved in the
/// browser, is a fresh decision and its series runs again.
/// </summary>
public sealed record SeriesCancellation(
    string Campaign, string PostId, string Fingerprint, string CancelledBy, DateTimeOffset CancelledAt, string? Reason,
    string? ResumedBy, DateTimeOffset? ResumedAt)
{
    /// <summary>True while it was not resumed since it was cancelled.</summary>
    public bool InForce => ResumedAt is not { } resumed || resumed < CancelledAt;

    /// <summary>True when it stops further occurrences of <paramref name="post"/> as it is now.</summary>
    public bool Stops(ScheduledPost post) => InForce && Fingerprint == post.Fingerprint;
}
