namespace SocialScheduler.Platforms;

/// <summary>The values <c>Accounts:&lt;name&gt;:Platform</c> accepts.</summary>
public static class PlatformNames
{
    public const string Outbox = "Outbox";
    public const string X = "X";
    public const string Mastodon = "Mastodon";
    public const string Bluesky = "Bluesky";
    public const string LinkedIn = "LinkedIn";

    public static IReadOnlyList<string> All { get; } = [Outbox, X, Mastodon, Bluesky, LinkedIn];

    internal static string Unknown(string account, string platform) =>
        $"Accounts:{account}:Platform is '{platform}', which is not a platform: use one of {string.Join(", ", All)}.";
}
