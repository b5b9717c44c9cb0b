namespace SocialScheduler.Platforms.Mastodon;

/// <summary>
/// The least scopes the service asks for: posting (<c>write:statuses</c>, <c>write:media</c>), reading the account's
/// recent posts for the reconciler (<c>read:statuses</c>) and who the account is for checks (<c>profile</c> since 4.3,
/// <c>read:accounts</c> before).
/// </summary>
internal static class MastodonScopes
{
    public const string Publishing = "write:statuses write:media read:statuses";

    public static string For(bool hasProfileScope) => Publishing + (hasProfileScope ? " profile" : " read:accounts");

    /// <summary>The words of Mastodon's 403 for a call outside the token's scopes.</summary>
    public const string OutsideScopes = "outside the authorized scopes";
}
