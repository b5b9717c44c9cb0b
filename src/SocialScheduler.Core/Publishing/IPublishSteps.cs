namespace SocialScheduler.Core.Publishing;

/// <summary>
/// Durable memory of the remote steps of one publication, for platforms without an idempotency key that publish in
/// two calls (Instagram and Threads: create a container, then publish it). An adapter remembers the container id
/// before it publishes the container, so a later attempt, after a crash or a lost answer, publishes that container
/// instead of making a second one, and the reconciler can tell whether anything was ever published.
/// </summary>
/// <remarks>
/// Thread-safe singleton. Entries are kept per publication (<see cref="PublishRequest.Publication"/>), across its
/// attempts. <see cref="RememberAsync"/> returns only once the entry is durable; it throws when it cannot be stored,
/// and the adapter must then not publish.
/// </remarks>
public interface IPublishSteps
{
    /// <summary>The remote id remembered for <paramref name="step"/> of <paramref name="publication"/>; null when none is.</summary>
    Task<string?> RecallAsync(string publication, string step, CancellationToken cancellationToken);

    /// <summary>Remembers <paramref name="remoteId"/> for <paramref name="step"/>, replacing any earlier one.</summary>
    Task RememberAsync(string publication, string step, string remoteId, CancellationToken cancellationToken);
}
