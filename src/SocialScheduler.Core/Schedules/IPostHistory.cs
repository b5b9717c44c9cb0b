namespace SocialScheduler.Core.Schedules;

/// <summary>
/// What the publication ledger already holds of a post, so a schedule whose dates have passed is judged by what
/// really happened: a past post it knows at that time is fine, one it knows at another time was moved into the past.
/// </summary>
/// <remarks>Optional: without one (a fresh clone, <c>validate</c> with no database) nothing is known.</remarks>
public interface IPostHistory
{
    /// <summary>The post as the ledger holds it, or null when it holds none of its publications.</summary>
    KnownPost? Find(string campaign, string postId);
}

/// <param name="DueUtc">The due time the ledger holds (the earliest occurrence it holds, for a repeating post).</param>
/// <param name="Repeating">The ledger holds occurrences of a repeating post.</param>
public sealed record KnownPost(DateTimeOffset DueUtc, bool Repeating);
