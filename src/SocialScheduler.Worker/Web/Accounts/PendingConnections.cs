using System.Collections.Concurrent;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Worker.Web.Accounts;

/// <summary>A connection waiting for its callback: who started it, for which account, and what the flow keeps.</summary>
public sealed record PendingConnection(string User, NewAccount Account, IAccountConnector Connector, AuthorizationStart Started, DateTimeOffset Expires);

/// <summary>
/// Connections started and not yet called back, by <c>state</c>. A state is used once: taking it removes it, so a
/// replayed callback finds nothing. Held in memory: a restart asks the person to start again.
/// </summary>
public sealed class PendingConnections(TimeProvider time)
{
    /// <summary>How long a person has to sign in on the platform.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, PendingConnection> _byState = new(StringComparer.Ordinal);

    public void Add(PendingConnection pending)
    {
        foreach (var old in _byState.Where(p => p.Value.Expires < time.GetUtcNow()).Select(p => p.Key).ToList())
        {
            _byState.TryRemove(old, out _);
        }

        _byState[pending.Started.State] = pending;
    }

    /// <summary>The connection <paramref name="user"/> started with <paramref name="state"/>, once; null for any other.</summary>
    public PendingConnection? Take(string? state, string user, string platform) =>
        state is not null
        && _byState.TryRemove(state, out var pending)
        && pending.User == user
        && string.Equals(pending.Account.Platform, platform, StringComparison.OrdinalIgnoreCase)
        && pending.Expires >= time.GetUtcNow()
            ? pending
            : null;
}
