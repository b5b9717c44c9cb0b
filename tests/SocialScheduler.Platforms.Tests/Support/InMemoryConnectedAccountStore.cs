using System.Collections.Concurrent;
using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Platforms.Tests.Support;

/// <summary>The connected-account store without a database, for adapter tests; the real one is tested with the web app.</summary>
public sealed class InMemoryConnectedAccountStore(ConnectedAccounts snapshot) : IConnectedAccountStore
{
    public ConcurrentDictionary<string, OAuthClient> Clients { get; } = new(StringComparer.Ordinal);

    public Task LoadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SaveAsync(ConnectedAccount account, CancellationToken cancellationToken = default)
    {
        snapshot.Set(account);
        return Task.CompletedTask;
    }

    public Task RecordCheckAsync(string name, DateTimeOffset at, string? problem, CancellationToken cancellationToken = default)
    {
        if (snapshot.TryGet(name, out var account))
        {
            snapshot.Set(account with { CheckedAt = at, Problem = problem });
        }

        return Task.CompletedTask;
    }

    public Task<bool> DisconnectAsync(string name, string reason, CancellationToken cancellationToken = default)
    {
        var found = snapshot.TryGet(name, out var account);
        if (found)
        {
            snapshot.Set(account with { ProtectedCredentials = null, Problem = reason });
        }

        return Task.FromResult(found);
    }

    public Task<OAuthClient?> FindClientAsync(string platform, Uri server, Uri redirectUri, CancellationToken cancellationToken = default) =>
        Task.FromResult(Clients.GetValueOrDefault($"{platform} {server} {redirectUri}"));

    public Task SaveClientAsync(OAuthClient client, CancellationToken cancellationToken = default)
    {
        Clients[$"{client.Platform} {client.Server} {client.RedirectUri}"] = client;
        return Task.CompletedTask;
    }
}
