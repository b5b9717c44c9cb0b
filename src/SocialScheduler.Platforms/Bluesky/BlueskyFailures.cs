using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>What an XRPC error means for the job layer. Token errors ride on 400, so the error name decides.</summary>
internal static class BlueskyFailures
{
    public static bool IsExpired(ApiReply reply) => BlueskyApi.ErrorName(reply) == "ExpiredToken";

    public static bool IsBadToken(ApiReply reply) =>
        BlueskyApi.ErrorName(reply) is "InvalidToken" or "ExpiredToken" || reply.Status == HttpStatusCode.Unauthorized;

    public static PublishResult Classify(ApiReply reply, TimeProvider time)
    {
        if (reply.NetworkFailure is { } network)
        {
            return network;
        }

        var message = $"Bluesky answered {reply.PlatformMessage()}";
        return (reply.Status, BlueskyApi.ErrorName(reply)) switch
        {
            (HttpStatusCode.TooManyRequests, _) or (_, "RateLimitExceeded") => PublishResult.Failed(FailureKind.RateLimited, message,
                RateLimitReset.Latest(time.GetUtcNow().AddMinutes(5), RateLimitReset.FromEpochSeconds(reply.Header("RateLimit-Reset")))),
            (HttpStatusCode.Unauthorized, _) or (_, "InvalidToken" or "ExpiredToken" or "AccountTakedown" or "AuthFactorTokenRequired") =>
                PublishResult.Failed(FailureKind.Auth, message + " Check the account's Identifier and AppPassword."),
            (>= HttpStatusCode.InternalServerError, _) => PublishResult.Failed(FailureKind.Transient, message),
            _ => PublishResult.Failed(FailureKind.Permanent, message),
        };
    }
}
