using System.Net;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.X;

/// <summary>What an X error means for the job layer.</summary>
internal static class XFailures
{
    public static bool IsDuplicate(ApiReply reply) =>
        reply.Status == HttpStatusCode.Forbidden && reply.Body.Contains("duplicate content", StringComparison.OrdinalIgnoreCase);

    public static PublishResult Classify(ApiReply reply, TimeProvider time)
    {
        if (reply.NetworkFailure is { } network)
        {
            return network;
        }

        var message = $"X answered {reply.PlatformMessage()}";
        return reply.Status switch
        {
            HttpStatusCode.TooManyRequests => PublishResult.Failed(FailureKind.RateLimited, message, ResetOf(reply, time)),
            HttpStatusCode.Unauthorized => PublishResult.Failed(FailureKind.Auth, message + " Check the account's consumer key and access token."),
            HttpStatusCode.Forbidden when !IsDuplicate(reply) => PublishResult.Failed(FailureKind.Auth, message + " The app or token may lack write permission."),
            >= HttpStatusCode.InternalServerError => PublishResult.Failed(FailureKind.Transient, message),
            _ => PublishResult.Failed(FailureKind.Permanent, message),
        };
    }

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
