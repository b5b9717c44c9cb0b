using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.X;

/// <summary>What an X error means for the job layer.</summary>
internal static class XFailures
{
    private static readonly FailureRules Rules = new(XPlatform.PlatformName, ResetOf, "Check the account's consumer key and access token.")
    {
        IsAuth = reply => reply.Status == HttpStatusCode.Unauthorized,
        // A 403 for duplicate content is X refusing the same text twice, which the publisher answers by looking up
        // the post; any other 403 is a token without write permission.
        Special = (reply, message) => reply.Status == HttpStatusCode.Forbidden && !IsDuplicate(reply)
            ? PublishResult.Failed(FailureKind.Auth, message + " The app or token may lack write permission.")
            : null,
    };

    public static bool IsDuplicate(ApiReply reply) =>
        reply.Status == HttpStatusCode.Forbidden && reply.Body.Contains("duplicate content", StringComparison.OrdinalIgnoreCase);

    public static PublishResult Classify(ApiReply reply, TimeProvider time) => Rules.Classify(reply, time);

    /// <summary>The 15-minute window's reset, or a 24-hour cap's reset when that cap is the one used up.</summary>
    private static DateTimeOffset ResetOf(ApiReply reply, TimeProvider time)
    {
        DateTimeOffset? Exhausted(string prefix) =>
            reply.Header(prefix + "-remaining") == "0" ? RateLimitReset.FromEpochSeconds(reply.Header(prefix + "-reset")) : null;

        return RateLimitReset.Latest(time.GetUtcNow().AddMinutes(15),
            RateLimitReset.FromEpochSeconds(reply.Header("x-rate-limit-reset")),
            Exhausted("x-user-limit-24hour"),
            Exhausted("x-app-limit-24hour"));
    }
}
