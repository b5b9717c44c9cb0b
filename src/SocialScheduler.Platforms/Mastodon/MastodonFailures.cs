using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>What a Mastodon error means for the job layer; the status code carries the meaning.</summary>
internal static class MastodonFailures
{
    public static PublishResult Classify(ApiReply reply, TimeProvider time)
    {
        if (reply.NetworkFailure is { } network)
        {
            return network;
        }

        var message = $"Mastodon answered {reply.PlatformMessage()}";
        return reply.Status switch
        {
            // X-RateLimit-Reset is an ISO 8601 instant here, not epoch seconds.
            HttpStatusCode.TooManyRequests => PublishResult.Failed(FailureKind.RateLimited, message,
                RateLimitReset.Latest(time.GetUtcNow().AddMinutes(5), RateLimitReset.FromIso8601(reply.Header("X-RateLimit-Reset")))),
            // The instance still processes an image it accepted: trying again shortly is the documented answer.
            HttpStatusCode.UnprocessableEntity when reply.Body.Contains("not finished processing", StringComparison.Ordinal) =>
                PublishResult.Failed(FailureKind.Transient, message),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => PublishResult.Failed(FailureKind.Auth, message + " Check the account's AccessToken and its write scopes."),
            >= HttpStatusCode.InternalServerError => PublishResult.Failed(FailureKind.Transient, message),
            _ => PublishResult.Failed(FailureKind.Permanent, message),
        };
    }
}
