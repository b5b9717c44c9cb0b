namespace SocialScheduler.Core.Accounts;

/// <summary>
/// Where connected accounts and the OAuth clients registered for them are kept (the application's database).
/// Every write also updates <see cref="ConnectedAccounts"/>, so publishing and validation see it at once.
/// </summary>
/// <remarks>Thread-safe. Credentials and client secrets arrive encrypted; the store never sees them in plain text.</remarks>
public interface IConnectedAccountStore
{
    /// <summary>Reads every connected account into <see cref="ConnectedAccounts"/>; the service does it at start.</summary>
    Task LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds the account or replaces the one of the same name.</summary>
    Task SaveAsync(ConnectedAccount account, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of a check: <paramref name="problem"/> null when the account works.</summary>
    Task RecordCheckAsync(string name, DateTimeOffset at, string? problem, CancellationToken cancellationToken = default);

    /// <summary>Forgets the account's credentials and records why; the account itself stays, needing a reconnect.</summary>
    Task<bool> DisconnectAsync(string name, string reason, CancellationToken cancellationToken = default);

    /// <summary>The client an OAuth server gave this service for <paramref name="redirectUri"/>, if it was registered before.</summary>
    Task<OAuthClient?> FindClientAsync(string platform, Uri server, Uri redirectUri, CancellationToken cancellationToken = default);

    Task SaveClientAsync(OAuthClient client, CancellationToken cancellationToken = default);
}

/// <summary>An app registered on an OAuth server (one per Mastodon instance and callback address), kept for reuse.</summary>
/// <param name="ProtectedSecret">The client secret, encrypted by the platform layer.</param>
public sealed record OAuthClient(string Platform, Uri Server, Uri RedirectUri, string ClientId, string ProtectedSecret, string Scopes)
{
    public override string ToString() => $"{Platform} client {ClientId} on {Server}";
}
