namespace SocialScheduler.Core.Publishing;

/// <summary>Everything a platform receives for one post × account × locale.</summary>
/// <param name="Account">The configured account name, e.g. <c>outbox</c> or <c>x-main</c>.</param>
/// <param name="PostId">The post id from the schedule.</param>
/// <param name="Locale">A BCP 47 language tag such as <c>fr</c>.</param>
/// <param name="Text">The final text, hashtag included.</param>
/// <param name="Media">Images to attach, each with its alt text.</param>
/// <param name="IdempotencyKey">Stable for one publication attempt, so a retry of the same attempt cannot post twice.</param>
public sealed record PublishRequest(
    string Account,
    string PostId,
    string Locale,
    string Text,
    IReadOnlyList<MediaAttachment> Media,
    string IdempotencyKey)
{
    private readonly string? _publication;

    /// <summary>
    /// Names the publication across all its attempts (the ledger's record id), where <see cref="IdempotencyKey"/>
    /// names one attempt; <see cref="IPublishSteps"/> keeps remote steps under it. Defaults to account, post and locale.
    /// </summary>
    public string Publication
    {
        get => _publication ?? $"{Account}/{PostId}/{Locale}";
        init => _publication = value;
    }
}

/// <summary>An encoded image with the facts platforms ask for.</summary>
public sealed record MediaAttachment(
    ReadOnlyMemory<byte> Content,
    string ContentType,
    string AltText,
    int Width,
    int Height);
