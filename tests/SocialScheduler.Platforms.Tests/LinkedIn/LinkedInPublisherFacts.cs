using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.LinkedIn;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.LinkedIn;
using SocialScheduler.Platforms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Platforms.Tests.LinkedIn;

public sealed class LinkedInPublisherFacts : PublisherFailureFacts<LinkedInFake>
{
    private const string Canary = "CANARY-linkedin-2c81f4";
    private const string Author = "urn:li:organization:5515715";
    private readonly LinkedInFake _linkedIn = new("token-" + Canary, Author);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero));

    protected override LinkedInFake Fake => _linkedIn;

    protected override string PostPath => "/rest/posts";

    protected override IEnumerable<string> PostedIds => _linkedIn.Posts.Select(p => p.Urn);

    protected override PlatformHarness CreateHarness() => Harness("token-" + Canary);

    [Fact]
    public async Task A_card_post_with_alt_text_and_hashtag_is_published_in_all_six_locales_and_shown_uncut()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await Configured.PublishAsync(locale);

            Assert.True(result.Succeeded, result.ToString());
            var post = Assert.Single(_linkedIn.Posts, p => p.Urn == result.RemoteId);
            Assert.Equal(Some.Texts[locale], post.Shown);
            Assert.Equal(Some.AltText(locale), post.AltText);
            Assert.Equal(Some.Post(locale: locale).Media[0].Content.ToArray(), _linkedIn.Images[post.ImageId!]);
            Assert.Equal(new Uri($"https://www.linkedin.com/feed/update/{post.Urn}"), result.Url);
        }
    }

    [Fact]
    public async Task A_text_post_without_a_card_is_published_with_no_content_field()
    {
        var request = Some.Post(Configured.Account) with { Media = [] };

        var result = await Configured.Publisher.PublishAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var post = Assert.Single(_linkedIn.Posts);
        Assert.Equal(Some.Texts["en"], post.Shown);
        Assert.Null(post.ImageId);
    }

    [Theory]
    [InlineData("Guam (GPA) #ChildSafetyOnlineNow", "Guam \\(GPA\\) #ChildSafetyOnlineNow")]
    [InlineData("a_b *c* ~d~ @e [f] {g} <h> |i| \\j", "a\\_b \\*c\\* \\~d\\~ \\@e \\[f\\] \\{g\\} \\<h\\> \\|i\\| \\\\j")]
    [InlineData("#1 and C# and #Tag", "#1 and C\\# and #Tag")]
    public void Little_text_escapes_every_reserved_character_but_keeps_hashtags(string text, string expected)
    {
        Assert.Equal(expected, LittleText.Escape(text));
        Assert.Equal(text, LinkedInFake.Render(expected));
    }

    [Fact]
    public async Task A_revoked_token_is_an_auth_failure()
    {
        using var harness = Harness("revoked");

        Assert.Equal(FailureKind.Auth, (await harness.PublishAsync()).Failure);
    }

    [Fact]
    public async Task A_sunset_version_is_permanent_and_names_the_setting()
    {
        using var harness = Harness("token-" + Canary, version: "202401");

        var result = await harness.PublishAsync();

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("Requested version 202401 is not active", result.Message, StringComparison.Ordinal);
        Assert.Contains("Accounts:linkedin-org:Version", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_is_rate_limited_until_the_next_UTC_day()
    {
        _linkedIn.FailNext("/rest/posts", Fault.RateLimited);

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), result.RetryAfter);
    }

    [Fact]
    public async Task A_commentary_over_3000_characters_is_permanent_with_LinkedIn_s_message()
    {
        var result = await Configured.PublishAsync(text: new string('a', 3000) + " " + Some.Hashtag);

        Assert.Equal(FailureKind.Permanent, result.Failure);
        Assert.Contains("commentary is longer than 3000 characters", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_refusal_returns_the_post_LinkedIn_names()
    {
        var first = await Configured.PublishAsync(key: "attempt-1");

        var second = await Configured.PublishAsync(key: "attempt-2");

        Assert.Equal(first, second);
        Assert.Single(_linkedIn.Posts);
    }

    [Fact]
    public async Task No_token_appears_in_any_log_line_or_failure_message()
    {
        _linkedIn.UploadToken = "upload-" + Canary;
        var messages = (await PublishThroughEveryFaultAsync(fault => Configured.PublishAsync(Some.Locales.ElementAt((int)fault)))).Select(r => r.ToString()).ToList();

        Assert.Contains(Configured.Logs.Lines, line => line.Contains("dms-uploads", StringComparison.Ordinal));
        Assert.DoesNotContain(Configured.Logs.Lines.Concat(messages), line => line?.Contains(Canary, StringComparison.Ordinal) == true);
    }

    private PlatformHarness Harness(string token, string version = "202610") => new("linkedin-org", new Dictionary<string, string?>
    {
        ["Platform"] = "LinkedIn",
        ["BaseUrl"] = _linkedIn.BaseUrl.ToString(),
        ["AccessToken"] = token,
        ["Author"] = Author,
        ["Version"] = version,
    }, services => services.AddSingleton<TimeProvider>(_time));
}
