namespace SocialScheduler.Core.Publishing;

/// <summary>
/// Sends one post variant to one platform account. One adapter per platform (<c>&lt;Platform&gt;Publisher</c>, in
/// the platform's folder). Adapters never retry across attempts and never swallow a failure: they classify it
/// in the returned <see cref="PublishResult"/> and the job layer decides what happens next.
/// </summary>
/// <remarks>Implementations are registered as singletons and must be thread-safe.</remarks>
public interface IPlatformPublisher
{
    /// <summary>The platform name used in <c>Accounts:&lt;name&gt;:Platform</c>: its description's <see cref="Platforms.PlatformDescription.Name"/>.</summary>
    string Platform { get; }

    Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken);
}
