using System.Net;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Bluesky;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Tests.Bluesky;

/// <summary>XRPC error replies in the shape the reference PDS sends them (status, <c>error</c> name, <c>message</c>).</summary>
public sealed class BlueskyFailuresFacts
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(400, "ExpiredToken", "Token has expired")]
    [InlineData(400, "InvalidToken", "Token could not be verified")]
    [InlineData(401, "AuthenticationRequired", "Invalid identifier or password")]
    [InlineData(400, "AccountTakedown", "Account has been taken down")]
    public void A_refused_token_or_password_is_an_auth_failure_naming_the_settings(int status, string error, string message)
    {
        var result = BlueskyFailures.Classify(Reply(status, error, message), _time);

        Assert.Equal(FailureKind.Auth, result.Failure);
        Assert.Equal($"Bluesky answered HTTP {status}: {error}: {message} Check the account's Identifier and AppPassword.", result.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(400)]
    public void A_rate_limit_waits_for_the_RateLimit_Reset_epoch(int status)
    {
        var reset = _time.GetUtcNow().AddMinutes(42);
        var reply = Reply(status, "RateLimitExceeded", "Rate Limit Exceeded", ("RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var result = BlueskyFailures.Classify(reply, _time);

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(reset.ToUnixTimeSeconds(), result.RetryAfter!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public void A_rate_limit_without_a_reset_waits_five_minutes()
    {
        var result = BlueskyFailures.Classify(Reply(429, "RateLimitExceeded", "Rate Limit Exceeded"), _time);

        Assert.Equal(_time.GetUtcNow().AddMinutes(5), result.RetryAfter);
    }

    [Fact]
    public void A_server_error_is_transient_and_an_invalid_record_permanent_with_the_server_s_words()
    {
        Assert.Equal(FailureKind.Transient, BlueskyFailures.Classify(Reply(502, "UpstreamFailure", "Upstream failed"), _time).Failure);

        var invalid = BlueskyFailures.Classify(Reply(400, "InvalidRequest", "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"), _time);

        Assert.Equal(FailureKind.Permanent, invalid.Failure);
        Assert.Contains("must not be longer than 300 graphemes", invalid.Message, StringComparison.Ordinal);
    }

    private static ApiReply Reply(int status, string error, string message, params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return new ApiReply((HttpStatusCode)status, response.Headers, $$"""{"error":"{{error}}","message":"{{message}}"}""", null);
    }
}
