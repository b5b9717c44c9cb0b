namespace SocialScheduler.Core.Text;

/// <summary>Per-account numbers that differ between servers (a Mastodon instance sets its own limits).</summary>
public sealed record PlatformTextSettings(
    int MastodonMaxCharacters = MastodonTextCounter.DefaultMaxCharacters,
    int MastodonCharactersReservedPerUrl = MastodonTextCounter.DefaultCharactersReservedPerUrl,
    int MastodonDescriptionLimit = 1500)
{
    public static PlatformTextSettings Default { get; } = new();
}

/// <summary>
/// Each platform's limits on a post's text and an image's alt text, in the platform's own unit. The web form can
/// call these for live counts; validation calls them for every account × locale.
/// </summary>
public static class PlatformTextRules
{
    public static bool TryParse(string? name, out TextPlatform platform) =>
        Enum.TryParse(name, ignoreCase: true, out platform) && Enum.IsDefined(platform);

    /// <summary>The counts that must fit; empty for the outbox, which has no limit.</summary>
    public static IReadOnlyList<TextMeasure> MeasurePost(TextPlatform platform, string text, PlatformTextSettings? settings = null)
    {
        settings ??= PlatformTextSettings.Default;
        return platform switch
        {
            TextPlatform.X => [new(XTextCounter.Count(text).WeightedLength, XTextConfig.V3.MaxWeightedLength, "weighted characters")],
            TextPlatform.Mastodon => [new(MastodonTextCounter.Count(text, settings.MastodonCharactersReservedPerUrl), settings.MastodonMaxCharacters, "characters")],
            TextPlatform.Bluesky =>
            [
                new(BlueskyTextCounter.Graphemes(text), BlueskyTextCounter.MaxGraphemes, "graphemes"),
                new(BlueskyTextCounter.Utf8Bytes(text), BlueskyTextCounter.MaxBytes, "UTF-8 bytes"),
            ],
            TextPlatform.LinkedIn => [new(LinkedInTextCounter.Count(text), LinkedInTextCounter.MaxCharacters, "characters after LinkedIn escaping")],
            _ => [],
        };
    }

    /// <summary>The alt-text count that must fit, or null where there is no limit (the outbox).</summary>
    public static TextMeasure? MeasureAltText(TextPlatform platform, string altText, PlatformTextSettings? settings = null)
    {
        settings ??= PlatformTextSettings.Default;
        return platform switch
        {
            TextPlatform.X => new(altText.Length, 1000, "characters"),
            TextPlatform.Mastodon => new(MastodonTextCounter.Graphemes(altText), settings.MastodonDescriptionLimit, "characters"),
            TextPlatform.Bluesky => new(BlueskyTextCounter.Graphemes(altText), 2000, "graphemes"),
            TextPlatform.LinkedIn => new(altText.Length, 4086, "characters"),
            _ => null,
        };
    }
}
