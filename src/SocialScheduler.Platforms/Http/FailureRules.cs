using System.Net;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Http;

/// <summary>
/// How a platform's failed reply maps to a <see cref="FailureKind"/>. Every platform reads it the same way, in this
/// order: a network failure as <see cref="HttpFailure"/> classified it; rate-limited until the platform's reset;
/// then what the platform says in its own way (<see cref="Special"/>); refused credentials as an auth failure with
/// a hint naming what to check; 5xx transient; anything else permanent. Each message quotes the platform's own words.
/// </summary>
internal sealed record FailureRules(string Platform, Func<ApiReply, TimeProvider, DateTimeOffset> ResetAt, string AuthHint)
{
    public Func<ApiReply, bool> IsRateLimited { get; init; } = reply => reply.Status == HttpStatusCode.TooManyRequests;

    public Func<ApiReply, bool> IsAuth { get; init; } = reply => reply.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>The platform's own cases, given the reply and the message so far; null when none applies.</summary>
    public Func<ApiReply, string, PublishResult?> Special { get; init; } = (_, _) => null;

    public PublishResult Classify(ApiReply reply, TimeProvider time)
    {
        if (reply.NetworkFailure is { } network)
        {
            return network;
        }

        var message = $"{Platform} answered {reply.PlatformMessage()}";
        return IsRateLimited(reply) ? PublishResult.Failed(FailureKind.RateLimited, message, ResetAt(reply, time))
            : Special(reply, message) is { } special ? special
            : IsAuth(reply) ? PublishResult.Failed(FailureKind.Auth, message + " " + AuthHint)
            : reply.Status >= HttpStatusCode.InternalServerError ? PublishResult.Failed(FailureKind.Transient, message)
            : PublishResult.Failed(FailureKind.Permanent, message);
    }
}
