namespace SocialScheduler.Platforms.PublicMedia;

/// <summary>Where renditions that platforms fetch themselves are kept and served, bound from <c>Media</c>.</summary>
public sealed class PublicMediaOptions
{
    public const string Section = "Media";

    /// <summary>
    /// The https address at which this service is reachable from the internet (behind a reverse proxy or CDN);
    /// renditions are served under <c>&lt;PublicBaseUrl&gt;/media/</c>. Plain http is accepted for loopback only.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a rendition stays reachable; Meta's containers expire after a day.</summary>
    public TimeSpan PublicLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The folder the renditions are kept in until they expire.</summary>
    public string Path { get; set; } = "data/media";
}
