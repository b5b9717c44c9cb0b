using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.X;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.X;

public sealed class XPublisherFacts : PublisherFailureFacts<XFake>
{
    private const string Canary = "CANARY-x-7f3a9c";
    private readonly XFake _x = new("consumer-key", "consumer-secret-" + Canary, "token-" + Canary, "token-secret-" + Canary);

    protected override XFake Fake => _x;

    protected override string PostPath => "/2/tweets";

    protected override IEnumerable<string> PostedIds => _x.Posts.Select(p => p.Id);

    protected override PlatformHarness CreateHarness() => Harness("consumer-secret-" + Canary);

    [Fact]
    public async Task A_card_post_with_alt_text_and_hashtag_is_published_in_all_six_locales()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await Configured.PublishAsync(locale);

            Assert.True(result.Succeeded, result.ToString());
            var post = Assert.Single(_x.Posts, p => p.Id == result.RemoteId);
            Assert.Equal(Some.Texts[locale], post.Text);
            Assert.EndsWith(Some.Hashtag, post.Text, StringComparison.Ordinal);
            var media = _x.Media[Assert.Single(post.MediaIds)];
            Assert.Equal(Some.AltText(locale), media.AltText);
            Assert.Equal(Some.Post(locale: locale).Media[0].Content.ToArray(), media.Bytes);
            Assert.Equal(new Uri($"https://x.com/i/web/status/{post.Id}"), result.Url);
        }
    }

    [Fact]
    public async Task A_wrong_consumer_secret_fails_the_signature_check_and_is_an_auth_failure()
    {
        using var harness = Harness("not-the-secret");

        var result = await harness.PublishAsync();

        Assert.Equal(FailureKind.Auth, result.Failure);
        Assert.Empty(_x.Posts);
    }

    [Fact]
    public async Task A_429_is_rate_limited_until_the_x_rate_limit_reset_epoch()
    {
        _x.FailNext("/2/tweets", Fault.RateLimited);

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(_x.WindowReset.ToUnixTimeSeconds(), result.RetryAfter!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_used_up_24_hour_cap_is_rate_limited_until_that_cap_resets_not_the_15_minute_window()
    {
        _x.UserDayCapReset = _x.WindowReset.AddHours(20);

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(_x.UserDayCapReset.Value.ToUnixTimeSeconds(), result.RetryAfter!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Posting_past_the_window_limit_is_rate_limited()
    {
        _x.PostsPerWindow = 1;

        Assert.True((await Configured.PublishAsync("en")).Succeeded);
        var second = await Configured.PublishAsync("fr");

        Assert.Equal(FailureKind.RateLimited, second.Failure);
    }

    [Fact]
    public async Task A_text_over_280_weighted_characters_is_permanent_with_X_s_message()
    {
        var result = await Configured.PublishAsync(text: new string('é', 250) + " 💔💔💔💔💔💔💔💔💔💔💔💔💔💔💔💔 " + Some.Hashtag);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("One or more parameters to your request was invalid.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_while_uploading_the_image_is_transient_because_nothing_was_posted()
    {
        _x.FailNext("/2/media/upload", Fault.HangAfterHandling);

        Assert.Equal(FailureKind.Transient, (await Configured.PublishAsync()).Failure);
        Assert.Empty(_x.Posts);
    }

    [Fact]
    public async Task A_duplicate_refusal_after_an_earlier_attempt_returns_the_post_that_attempt_made()
    {
        var first = await Configured.PublishAsync(key: "attempt-1");

        var second = await Configured.PublishAsync(key: "attempt-2");

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(first.RemoteId, second.RemoteId);
        Assert.Single(_x.Posts);
    }

    [Fact]
    public async Task No_token_or_secret_appears_in_any_log_line_or_failure_message()
    {
        var messages = (await PublishThroughEveryFaultAsync(fault => Configured.PublishAsync(text: $"{fault} {Some.Hashtag}"))).Select(r => r.Message).ToList();

        messages.Add((await Configured.PublishAsync()).ToString());
        Assert.NotEmpty(Configured.Logs.Lines);
        Assert.DoesNotContain(Configured.Logs.Lines.Concat(messages), line => line?.Contains(Canary, StringComparison.Ordinal) == true);
        Assert.Contains(_x.Raw, request => request.Contains("token-" + Canary, StringComparison.Ordinal));
    }

    private PlatformHarness Harness(string consumerSecret) => new("x-main", new Dictionary<string, string?>
    {
        ["Platform"] = "X",
        ["BaseUrl"] = _x.BaseUrl.ToString(),
        ["ConsumerKey"] = "consumer-key",
        ["ConsumerSecret"] = consumerSecret,
        ["AccessToken"] = "token-" + Canary,
        ["AccessTokenSecret"] = "token-secret-" + Canary,
    });
}
