using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms;

/// <summary>Maps an account name, configured or connected, to the adapter of its platform.</summary>
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
        if (_accounts.TryGetConnected(account, out var connected) && !connected.HasCredentials)
        {
            return new DisconnectedPublisher(platform, connected.Problem ?? "disconnected");
        }

        return _byPlatform.TryGetValue(platform, out var publisher)
            ? publisher
            : throw new KeyNotFoundException(_platforms.NotAPlatform(account, platform));
    }
}
