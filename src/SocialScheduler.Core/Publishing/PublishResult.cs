namespace SocialScheduler.Core.Publishing;

/// <summary>How a publish attempt failed, which decides what the job layer does next.</summary>
public enum FailureKind
{
    /// <summary>5xx or a connection refused before anything was sent: safe to retry with backoff.</summary>
    Transient,

    /// <summary>The platform asked us to wait until <see cref="PublishResult.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Credentials are missing, expired or revoked: a person must act.</summary>
    Auth,

    /// <summary>The platform refused the content itself (4xx): retrying cannot help.</summary>
    Permanent,

    /// <summary>The request may have reached the platform (timeout, reset): look before trying again.</summary>
    Unknown,
}

/// <summary>The outcome of one publish attempt.</summary>
public sealed record PublishResult
{
    private PublishResult()
    {
    }

    public bool Succeeded { get; private init; }

    public string? RemoteId { get; private init; }

    public Uri? Url { get; private init; }

    public FailureKind? Failure { get; private init; }

    /// <summary>The platform's own message, safe to show to people (never holds a credential).</summary>
    public string? Message { get; private init; }

    public DateTimeOffset? RetryAfter { get; private init; }

    public static PublishResult Published(string remoteId, Uri? url) =>
        new() { Succeeded = true, RemoteId = remoteId, Url = url };

    public static PublishResult Failed(FailureKind kind, string message, DateTimeOffset? retryAfter = null) =>
        new() { Failure = kind, Message = message, RetryAfter = retryAfter };

    public override string ToString() =>
        Succeeded ? $"Published {RemoteId} {Url}" : $"{Failure}: {Message}{(RetryAfter is { } t ? $" (retry after {t:O})" : "")}";
}
