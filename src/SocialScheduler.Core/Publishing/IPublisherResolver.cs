namespace SocialScheduler.Core.Publishing;

/// <summary>Finds the publisher for a configured account.</summary>
public interface IPublisherResolver
{
    /// <summary>The adapter for <paramref name="account"/>; throws <see cref="KeyNotFoundException"/> for an unknown account.</summary>
    IPlatformPublisher ForAccount(string account);
}
