using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.Mastodon;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Mastodon;

public sealed class MastodonPublisherFacts : PublisherFailureFacts<MastodonFake>
{
    private const string Canary = "CANARY-mastodon-51be0d";
    private readonly MastodonFake _mastodon = new("token-" + Canary);

    protected override MastodonFake Fake => _mastodon;

    protected override string PostPath => "/api/v1/statuses";

    protected override IEnumerable<string> PostedIds => _mastodon.Statuses.Select(s => s.Id);

    protected override PlatformHarness CreateHarness() => Harness("token-" + Canary);

    [Fact]
    public async Task A_card_post_with_alt_text_hashtag_and_language_is_published_in_all_six_locales()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await Configured.PublishAsync(locale);

            Assert.True(result.Succeeded, result.ToString());
            var status = Assert.Single(_mastodon.Statuses, s => s.Id == result.RemoteId);
            Assert.Equal(Some.Texts[locale], status.Text);
            Assert.Equal(locale, status.Language);
            Assert.Equal("public", status.Visibility);
            var media = _mastodon.Media[Assert.Single(status.MediaIds)];
            Assert.Equal(Some.AltText(locale), media.Description);
            Assert.Equal(Some.Post(locale: locale).Media[0].Content.ToArray(), media.Bytes);
            Assert.Equal(new Uri(status.Url), result.Url);
        }
    }

    [Fact]
    public async Task An_image_still_processing_is_waited_for_before_the_post_is_made()
    {
        _mastodon.ProcessingPolls = 2;

        var result = await Configured.PublishAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2 + 1, _mastodon.Received.Count(r => r.StartsWith("GET /api/v1/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_image_the_instance_gave_up_waiting_for_is_transient()
    {
        _mastodon.ProcessingPolls = 1000;

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.Transient, result.Failure);
        Assert.Empty(_mastodon.Statuses);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_status_already_made()
    {
        var first = await Configured.PublishAsync(key: "reports-2021:mastodon:en:1");
        var second = await Configured.PublishAsync(key: "reports-2021:mastodon:en:1");

        Assert.Equal(first, second);
        Assert.Single(_mastodon.Statuses);
    }

    [Fact]
    public async Task A_wrong_token_is_an_auth_failure()
    {
        using var harness = Harness("revoked");

        Assert.Equal(FailureKind.Auth, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task The_media_limit_is_rate_limited_until_the_ISO_8601_X_RateLimit_Reset()
    {
        _mastodon.UploadsPerWindow = 1;
        Assert.True((await Configured.PublishAsync("en")).Succeeded);

        var result = await Configured.PublishAsync("fr");

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(_mastodon.WindowReset, result.RetryAfter!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_text_over_500_characters_is_permanent_with_the_instance_s_message()
    {
        var result = await Configured.PublishAsync(text: new string('a', 500) + " " + Some.Hashtag);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("Text character limit of 500 exceeded", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_token_appears_in_any_log_line_or_failure_message()
    {
        var messages = (await PublishThroughEveryFaultAsync(fault => Configured.PublishAsync(Some.Locales.ElementAt((int)fault)))).Select(r => r.ToString()).ToList();

        Assert.NotEmpty(Configured.Logs.Lines);
        Assert.DoesNotContain(Configured.Logs.Lines.Concat(messages), line => line?.Contains(Canary, StringComparison.Ordinal) == true);
    }

    private PlatformHarness Harness(string token) => new("mastodon-eu", new Dictionary<string, string?>
    {
        ["Platform"] = "Mastodon",
        ["BaseUrl"] = _mastodon.BaseUrl.ToString(),
        ["AccessToken"] = token,
        ["MediaPollInterval"] = "00:00:00.050",
    });
}
