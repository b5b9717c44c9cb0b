namespace SocialScheduler.Core.Cards;

/// <summary>What a platform accepts as an image: the size an account uses unless a post overrides it, and the
/// largest file it takes.</summary>
public sealed record PlatformImageRule(string Platform, CardSize DefaultSize, long MaxBytes);

/// <summary>Image rules per platform name (the <c>Accounts:&lt;name&gt;:Platform</c> value).</summary>
public static class PlatformImageRules
{
    private static readonly Dictionary<string, PlatformImageRule> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Outbox"] = new("Outbox", CardSize.Landscape, 5_000_000),
        ["X"] = new("X", CardSize.Landscape, 5 * 1024 * 1024),
        ["Mastodon"] = new("Mastodon", CardSize.Landscape, 8 * 1024 * 1024),
        ["Bluesky"] = new("Bluesky", CardSize.Landscape, 1_000_000),
        ["LinkedIn"] = new("LinkedIn", CardSize.Link, 5 * 1024 * 1024),
    };

    public static IReadOnlyCollection<PlatformImageRule> All => Rules.Values;

    /// <summary>The rule for <paramref name="platform"/>; throws naming the known platforms when there is none.</summary>
    public static PlatformImageRule For(string platform) =>
        Rules.TryGetValue(platform, out var rule)
            ? rule
            : throw new KeyNotFoundException($"No image rules for platform '{platform}'. Known: {string.Join(", ", Rules.Keys)}.");
}
