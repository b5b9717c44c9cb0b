using System.Net;
using System.Text.RegularExpressions;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>What a LinkedIn error means for the job layer.</summary>
internal static partial class LinkedInFailures
{
    /// <summary>The post an earlier attempt made, named by LinkedIn's 422 "Content is a duplicate of urn:li:…".</summary>
    public static string? DuplicateOf(ApiReply reply) =>
        reply.Status == HttpStatusCode.UnprocessableEntity && Duplicate().Match(reply.Body) is { Success: true } match ? match.Groups[1].Value : null;

    /// <remarks>The hints name the account's own settings, so the rules are made per account.</remarks>
    public static PublishResult Classify(ApiReply reply, string account, TimeProvider time) =>
        new FailureRules(LinkedInPlatform.PlatformName, RetryAfter, $"Check Accounts:{account}:AccessToken and its w_member_social or w_organization_social scope.")
        {
            Special = (reply, message) => reply.Status == HttpStatusCode.UpgradeRequired
                ? PublishResult.Failed(FailureKind.Permanent, message + $" Set Accounts:{account}:Version to an active version (YYYYMM).")
                : null,
        }.Classify(reply, time);

    // LinkedIn documents no rate-limit headers; its quotas are daily, so wait for the next UTC day.
    private static DateTimeOffset RetryAfter(ApiReply reply, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return reply.Headers.RetryAfter?.Delta is { } delta ? now + delta : new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
    }

    [GeneratedRegex("duplicate of (urn:li:[A-Za-z]+:[0-9A-Za-z_-]+)")]
    private static partial Regex Duplicate();
}
