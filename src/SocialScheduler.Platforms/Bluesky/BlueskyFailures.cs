using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>What an XRPC error means for the job layer. Token errors ride on 400, so the error name decides.</summary>
internal static class BlueskyFailures
{
    private static readonly FailureRules Rules = new(
        BlueskyPlatform.PlatformName,
        (reply, time) => RateLimitReset.Latest(time.GetUtcNow().AddMinutes(5), RateLimitReset.FromEpochSeconds(reply.Header("RateLimit-Reset"))),
        "Check the account's Identifier and AppPassword.")
    {
        IsRateLimited = reply => reply.Status == HttpStatusCode.TooManyRequests || BlueskyApi.ErrorName(reply) == "RateLimitExceeded",
        IsAuth = reply => reply.Status == HttpStatusCode.Unauthorized
            || BlueskyApi.ErrorName(reply) is "InvalidToken" or "ExpiredToken" or "AccountTakedown" or "AuthFactorTokenRequired",
    };

    public static bool IsExpired(ApiReply reply) => BlueskyApi.ErrorName(reply) == "ExpiredToken";

    public static bool IsBadToken(ApiReply reply) =>
        BlueskyApi.ErrorName(reply) is "InvalidToken" or "ExpiredToken" || reply.Status == HttpStatusCode.Unauthorized;

    public static PublishResult Classify(ApiReply reply, TimeProvider time) => Rules.Classify(reply, time);
}
