namespace SocialScheduler.Core.Publishing;

/// <summary>
/// Optional capability of a publisher: find the post an earlier attempt may have created when its outcome is not
/// known (timeout, reset, crash after sending). The reconciler asks this before any new attempt.
/// </summary>
public interface IPublicationFinder
{
    /// <summary>
    /// The published post for <paramref name="request"/> (matched by idempotency key, record key or recent posts),
    /// <c>null</c> when the platform certainly has none, or a failed result when the platform could not be asked.
    /// </summary>
    Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken);
}
