namespace SocialScheduler.Core.Accounts;

/// <summary>
/// An account connected in the web app rather than configured. It holds what a configured account holds
/// (platform, API root, partner, locales) plus its credentials, which the platform layer encrypts before they
/// reach this record and decrypts when it publishes.
/// </summary>
/// <param name="Name">Unique across configured and connected accounts; schedule files name it.</param>
/// <param name="Platform">The platform's name as its description gives it.</param>
/// <param name="BaseUrl">The API root (a Mastodon instance, a PDS); null for the platform's public API.</param>
public sealed record ConnectedAccount(string Name, string Platform, Uri? BaseUrl)
{
    /// <summary>The partner organisation that owns the account; null for the campaign's own.</summary>
    public string? Partner { get; init; }

    /// <summary>The languages the account publishes in (BCP-47); empty means every locale of a post.</summary>
    public IReadOnlyList<string> Locales { get; init; } = [];

    /// <summary>The credentials, encrypted by the platform layer; null once the account was disconnected.</summary>
    public string? ProtectedCredentials { get; init; }

    /// <summary>Who connected it the last time, and when.</summary>
    public string ConnectedBy { get; init; } = "";

    public DateTimeOffset ConnectedAt { get; init; }

    /// <summary>When the credentials stop working unless refreshed; null when the platform's tokens do not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When the account was last checked against its platform, and what was wrong (null when it was fine).</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    public string? Problem { get; init; }

    /// <summary>Whether it can publish: connected and not disconnected since.</summary>
    public bool HasCredentials => ProtectedCredentials is not null;

    /// <summary>Never shows the credentials, even encrypted.</summary>
    public override string ToString() => $"{Platform} account {Name} at {BaseUrl}";
}
