using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.Facebook;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Facebook;

public sealed class FacebookPublisherFacts : PublisherFailureFacts<FacebookFake>
{
    private const string Canary = "CANARY-facebook-7a1c";
    private const string PageId = "104328541234567";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero));
    private readonly FacebookFake _facebook = new("v25.0", PageId, "token-" + Canary);

    protected override FacebookFake Fake => _facebook;

    protected override string PostPath => $"/v25.0/{PageId}/photos";

    protected override IEnumerable<string> PostedIds => _facebook.Posts.Select(p => p.Id);

    protected override PlatformHarness CreateHarness() => Harness("token-" + Canary);

    [Fact]
    public async Task A_card_post_with_alt_text_and_hashtag_reaches_the_page_in_all_six_locales()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await Configured.PublishAsync(locale);

            Assert.True(result.Succeeded, result.ToString());
            var post = Assert.Single(_facebook.Posts, p => p.Id == result.RemoteId);
            Assert.Equal(Some.Texts[locale], post.Message);
            Assert.Contains(Some.Hashtag, post.Message, StringComparison.Ordinal);
            Assert.Equal(Some.AltText(locale), post.AltText);
            Assert.Equal(Some.Post(locale: locale).Media[0].Content.ToArray(), post.Photo);
        }
    }

    [Fact]
    public async Task A_text_without_a_card_goes_to_the_feed()
    {
        var request = Some.Post(Configured.Account) with { Media = [] };

        var result = await Configured.Publisher.PublishAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains($"POST /v25.0/{PageId}/feed", _facebook.Received);
        Assert.Null(Assert.Single(_facebook.Posts).Photo);
    }

    [Fact]
    public async Task A_duplicate_refusal_after_a_lost_answer_is_the_post_already_made()
    {
        var first = await Configured.PublishAsync();

        var again = await Configured.PublishAsync();

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(first.RemoteId, again.RemoteId);
        Assert.Single(_facebook.Posts);
    }

    [Fact]
    public async Task Throttling_is_rate_limited_until_the_usage_header_says()
    {
        using var harness = new PlatformHarness("page", Settings("token-" + Canary), services => services.AddSingleton<TimeProvider>(_time));
        Fake.FailNext(PostPath, Fault.RateLimited);

        var result = await harness.PublishAsync();

        Assert.True(result.Failure == FailureKind.RateLimited, result.ToString());
        Assert.Equal(_time.GetUtcNow().AddMinutes(17), result.RetryAfter);
    }

    [Fact]
    public async Task An_expired_page_token_is_an_auth_failure_that_names_what_to_check()
    {
        Fake.FailNext(PostPath, Fault.Unauthorized);

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.Auth, result.Failure);
        Assert.Contains("Page access token", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_failure_message_or_log_line_holds_the_token()
    {
        var results = await PublishThroughEveryFaultAsync(_ => Configured.PublishAsync(text: Guid.NewGuid().ToString()));

        Assert.DoesNotContain(results, r => r.ToString().Contains(Canary, StringComparison.Ordinal));
        Assert.DoesNotContain(Configured.Logs.Lines, l => l.Contains(Canary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PageId", "", "Accounts:page:PageId is missing")]
    [InlineData("PageId", "my-page", "Accounts:page:PageId is 'my-page': use the Page's numeric id")]
    [InlineData("AccessToken", "", "Accounts:page:AccessToken is missing")]
    [InlineData("ApiVersion", "25", "Accounts:page:ApiVersion is '25': use a Graph API version such as v25.0.")]
    public void A_bad_setting_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        var settings = Settings("token");
        settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => new PlatformHarness("page", settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private PlatformHarness Harness(string token) => new("page", Settings(token));

    private Dictionary<string, string?> Settings(string token) => new()
    {
        ["Platform"] = "Facebook",
        ["PageId"] = PageId,
        ["AccessToken"] = token,
        ["ApiVersion"] = "v25.0",
        ["BaseUrl"] = _facebook.BaseUrl?.ToString(),
    };
}
