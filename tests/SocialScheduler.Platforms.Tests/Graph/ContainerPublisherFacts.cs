using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.PublicMedia;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.Meta;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Graph;

/// <summary>
/// What Instagram and Threads share: a card reaches the account through a container made from a public URL the
/// platform fetched itself, and a container is made once per publication whatever happens between the calls.
/// </summary>
public abstract class ContainerPublisherFacts : PublisherFailureFacts<ContainerFake>
{
    protected const string Canary = "CANARY-meta-4e2b";
    protected const string UserId = "17841400008460056";

    private readonly string _mediaFolder = Directory.CreateTempSubdirectory("ss-public-media-").FullName;

    protected ContainerPublisherFacts(ContainerFlavour flavour, string version)
    {
        Version = version;
        Fake = new ContainerFake(flavour, version, UserId, "token-" + Canary);
    }

    protected string Version { get; }

    protected override ContainerFake Fake { get; }

    protected PublicMediaServer Media { get; } = new();

    protected abstract string PlatformName { get; }

    /// <summary>The request as the renderer draws it for this platform.</summary>
    protected abstract PublishRequest Shape(PublishRequest request);

    protected override string PostPath => Fake.PublishPath;

    protected override IEnumerable<string> PostedIds => Fake.Posts.Select(p => p.MediaId!);

    protected override async Task StartAsync()
    {
        await Media.StartAsync();
        await Fake.StartAsync();
    }

    protected override async ValueTask StopAsync()
    {
        await Media.DisposeAsync();
        Directory.Delete(_mediaFolder, recursive: true);
    }

    protected override PlatformHarness CreateHarness() => Harness(null);

    protected PlatformHarness Harness(TimeProvider? time, Dictionary<string, string?>? settings = null)
    {
        var harness = new PlatformHarness("main", settings ?? Settings(), services =>
        {
            if (time is not null)
            {
                services.AddSingleton(time);
            }
        }, new Dictionary<string, string?> { ["Media:PublicBaseUrl"] = Media.BaseUrl.ToString(), ["Media:Path"] = _mediaFolder }) { Shape = Shape };
        Media.Store = harness.Provider.GetRequiredService<PublicMediaStore>();
        return harness;
    }

    protected Dictionary<string, string?> Settings() => new()
    {
        ["Platform"] = PlatformName,
        ["UserId"] = UserId,
        ["AccessToken"] = "token-" + Canary,
        ["ApiVersion"] = Version,
        ["BaseUrl"] = Fake.BaseUrl?.ToString(),
        ["ContainerPoll"] = "00:00:00.010",
        ["Timeout"] = "00:00:10",
    };

    [Fact]
    public async Task A_card_post_reaches_the_account_in_all_six_locales_with_the_hashtag_and_alt_text_fetched_from_an_unguessable_public_url()
    {
        foreach (var locale in Some.Locales)
        {
            var result = await Configured.PublishAsync(locale);

            Assert.True(result.Succeeded, result.ToString());
            var post = Assert.Single(Fake.Posts, p => p.MediaId == result.RemoteId);
            Assert.Equal(Some.Texts[locale], post.Text);
            Assert.Contains(Some.Hashtag, post.Text, StringComparison.Ordinal);
            Assert.Equal(Some.AltText(locale), post.AltText);
            var sent = Shape(Some.Post(locale: locale)).Media[0];
            Assert.Equal(sent.ContentType, post.ImageType);
            Assert.Equal(sent.Content.ToArray(), post.Image);
            Assert.StartsWith(new Uri(Media.BaseUrl, "media/").AbsoluteUri, post.ImageUrl!.AbsoluteUri, StringComparison.Ordinal);
            Assert.Matches("^[A-Za-z0-9_-]{32}\\.(jpg|png)$", post.ImageUrl.Segments[^1]);
            Assert.Equal(result.Url, new Uri($"https://www.{PlatformName.ToLowerInvariant()}.com/p/{result.RemoteId}/"));
        }

        Assert.Equal(6, Fake.Containers.Count);
        Assert.Equal(6, Media.Received.Count(r => r.StartsWith("GET /media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_container_still_in_progress_is_read_again_until_it_is_finished_before_it_is_published()
    {
        Fake.ReadsInProgress = 3;

        var result = await Configured.PublishAsync();

        Assert.True(result.Succeeded, result.ToString());
        var container = Assert.Single(Fake.Containers.Keys);
        Assert.Equal(4, Fake.Received.Count(r => r == $"GET /{Version}/{container}"));
    }

    [Fact]
    public async Task A_failure_after_the_container_was_made_publishes_the_same_container_on_the_next_attempt()
    {
        Fake.FailNext(Fake.PublishPath, Fault.ServerError);

        var first = await Configured.PublishAsync(key: "attempt-1");
        var second = await Configured.PublishAsync(key: "attempt-2");

        Assert.Equal(FailureKind.Transient, first.Failure);
        Assert.True(second.Succeeded, second.ToString());
        Assert.Single(Fake.Containers);
        Assert.Single(Fake.Posts);
        Assert.Equal(1, Media.Received.Count(r => r.StartsWith("GET /media/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_lost_answer_to_publishing_is_found_and_no_second_container_or_post_is_made()
    {
        Fake.FailNext(Fake.PublishPath, Fault.HangAfterHandling);

        var lost = await Configured.PublishAsync(key: "attempt-1");
        var again = await Configured.PublishAsync(key: "attempt-2");

        Assert.Equal(FailureKind.Unknown, lost.Failure);
        Assert.Equal(Assert.Single(Fake.Posts).MediaId, again.RemoteId);
        Assert.Single(Fake.Containers);
    }

    [Fact]
    public async Task A_container_made_but_never_published_is_no_post_for_the_reconciler()
    {
        Fake.FailNext(Fake.PublishPath, Fault.ServerError);
        await Configured.PublishAsync();

        Assert.Null(await Configured.Finder.FindAsync(Some.Post(Configured.Account), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_full_publishing_quota_is_rate_limited_before_any_container_is_made()
    {
        Fake.EarlierPosts = 1000;

        var result = await Configured.PublishAsync();

        Assert.True(result.Failure == FailureKind.RateLimited, result.ToString());
        Assert.Contains("published posts per 24 hours", result.Message, StringComparison.Ordinal);
        Assert.Empty(Fake.Containers);
    }

    [Fact]
    public async Task Throttling_is_rate_limited_until_the_usage_header_says()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero));
        using var harness = Harness(time);
        Fake.ReadsInProgress = 0;
        Fake.FailNext(Fake.CreatePath, Fault.RateLimited);

        var result = await harness.PublishAsync();

        Assert.Equal(FailureKind.RateLimited, result.Failure);
        Assert.Equal(time.GetUtcNow().AddMinutes(12), result.RetryAfter);
    }

    [Fact]
    public async Task The_card_answers_404_once_its_public_lifetime_is_over()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero));
        using var harness = Harness(time);
        Fake.ReadsInProgress = 0;
        var result = await harness.PublishAsync();
        var url = Assert.Single(Fake.Containers.Values).ImageUrl!;
        using var client = new HttpClient();

        var during = await client.GetAsync(url, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromHours(24));
        var after = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_an_auth_failure_that_names_what_to_check()
    {
        Fake.FailNext(Fake.CreatePath, Fault.Unauthorized);

        var result = await Configured.PublishAsync();

        Assert.Equal(FailureKind.Auth, result.Failure);
        Assert.Contains("AccessToken", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_failure_message_or_log_line_holds_the_token()
    {
        var results = await PublishThroughEveryFaultAsync(_ => Configured.PublishAsync(text: Guid.NewGuid().ToString()));

        Assert.DoesNotContain(results, r => r.ToString().Contains(Canary, StringComparison.Ordinal));
        Assert.DoesNotContain(Configured.Logs.Lines, l => l.Contains(Canary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UserId", "", "Accounts:main:UserId is missing")]
    [InlineData("UserId", "@campaign", "Accounts:main:UserId is '@campaign': use the account's numeric id")]
    [InlineData("AccessToken", "", "Accounts:main:AccessToken is missing")]
    [InlineData("ApiVersion", "25", "Accounts:main:ApiVersion is '25': use an API version such as v25.0.")]
    public void A_bad_setting_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        var settings = Settings();
        settings[key] = value;

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Harness(null, settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_public_address_the_account_stops_the_start_naming_the_key()
    {
        var settings = Settings().ToDictionary(s => "Accounts:main:" + s.Key, s => s.Value);

        using var provider = Services.Build(settings);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(provider.ValidateOnStart);
        Assert.StartsWith("Media:PublicBaseUrl is missing, and the accounts main are on platforms that fetch images", error.Message, StringComparison.Ordinal);
    }
}
