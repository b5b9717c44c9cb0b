namespace SocialScheduler.Platforms.Outbox;

/// <summary>What the outbox writes for one post variant: exactly what a platform would have received.</summary>
internal sealed record OutboxEntry(
    string Account,
    string PostId,
    string Locale,
    string Text,
    string IdempotencyKey,
    DateTimeOffset PublishedAt,
    IReadOnlyList<OutboxMedia> Media);

internal sealed record OutboxMedia(string File, string ContentType, string AltText, int Width, int Height, long Bytes);
