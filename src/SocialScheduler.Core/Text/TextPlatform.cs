namespace SocialScheduler.Core.Text;

/// <summary>The platforms whose text rules differ; the value of <c>Accounts:&lt;name&gt;:Platform</c>.</summary>
public enum TextPlatform
{
    /// <summary>The dry-run outbox: it publishes nowhere, so no platform limit applies.</summary>
    Outbox,
    X,
    Mastodon,
    Bluesky,
    LinkedIn,
}

/// <summary>One count of a text against one limit, in the platform's own unit.</summary>
/// <param name="Unit">What is counted, for messages: "weighted characters", "graphemes", "UTF-8 bytes", "characters".</param>
public sealed record TextMeasure(int Used, int Limit, string Unit)
{
    public bool Fits => Used <= Limit;
}
