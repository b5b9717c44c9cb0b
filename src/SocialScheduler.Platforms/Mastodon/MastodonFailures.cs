using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>What a Mastodon error means for the job layer; the status code carries the meaning.</summary>
internal static class MastodonFailures
{
    private static readonly FailureRules Rules = new(
        MastodonPlatform.PlatformName,
        // X-RateLimit-Reset is an ISO 8601 instant here, not epoch seconds.
        (reply, time) => RateLimitReset.Latest(time.GetUtcNow().AddMinutes(5), RateLimitReset.FromIso8601(reply.Header("X-RateLimit-Reset"))),
        "Check the account's AccessToken and its write scopes.")
    {
        // The instance still processes an image it accepted: trying again shortly is the documented answer.
        Special = (reply, message) => reply.Status == HttpStatusCode.UnprocessableEntity && reply.Body.Contains("not finished processing", StringComparison.Ordinal)
            ? PublishResult.Failed(FailureKind.Transient, message)
            : null,
    };

    public static PublishResult Classify(ApiReply reply, TimeProvider time) => Rules.Classify(reply, time);
}
