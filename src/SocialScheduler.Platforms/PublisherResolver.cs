using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms;

/// <summary>Maps an account name to the adapter of the platform that <c>Accounts:&lt;name&gt;:Platform</c> names.</summary>
internal sealed class PublisherResolver : IPublisherResolver
{
    private readonly AccountDirectory _accounts;
    private readonly PlatformCatalog _platforms;
    private readonly Dictionary<string, IPlatformPublisher> _byPlatform;

    public PublisherResolver(AccountDirectory accounts, PlatformCatalog platforms, IEnumerable<IPlatformPublisher> publishers)
    {
        _accounts = accounts;
        _platforms = platforms;
        _byPlatform = publishers.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);
    }

    public IPlatformPublisher ForAccount(string account)
    {
        var platform = _accounts.Get(account).Platform;
        return _byPlatform.TryGetValue(platform, out var publisher)
            ? publisher
            : throw new KeyNotFoundException(_platforms.NotAPlatform(account, platform));
    }
}
