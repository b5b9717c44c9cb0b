using System.Text.Json;
using SocialScheduler.Platforms.Tokens;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>The tokens of a Bluesky session; both rotate on refresh.</summary>
internal sealed record BlueskySession(string AccessJwt, string RefreshJwt, string Did, string Handle)
{
    /// <summary>Tokens never reach a log line through an accidental ToString.</summary>
    public override string ToString() => $"Bluesky session of {Handle} ({Did})";
}

/// <summary>Bluesky sessions per account, encrypted at rest, so a restart does not log in again (30 logins per 5 minutes).</summary>
internal sealed class BlueskySessions(ProtectedTokenStore store) : IDisposable
{
    private const string Purpose = "bluesky-session";

    /// <summary>Held while a session is created or refreshed: the refresh token is single-use.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<BlueskySession?> GetAsync(string account, CancellationToken cancellationToken) =>
        await store.ReadAsync(Purpose, account, cancellationToken) is { } json ? JsonSerializer.Deserialize<BlueskySession>(json) : null;

    public Task SaveAsync(string account, BlueskySession session, CancellationToken cancellationToken) =>
        store.WriteAsync(Purpose, account, JsonSerializer.Serialize(session), cancellationToken);

    public void Forget(string account) => store.Forget(Purpose, account);

    public void Dispose() => Gate.Dispose();
}
