using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes.Meta;
using SocialScheduler.Platforms.Tests.Graph;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Threads;

public sealed class ThreadsPublisherFacts() : ContainerPublisherFacts(ContainerFlavour.Threads, "v1.0")
{
    protected override string PlatformName => "Threads";

    protected override PublishRequest Shape(PublishRequest request) => request;

    [Fact]
    public async Task A_text_without_a_card_is_a_text_container()
    {
        var result = await Configured.Publisher.PublishAsync(Some.Post(Configured.Account) with { Media = [] }, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var post = Assert.Single(Fake.Posts);
        Assert.Null(post.ImageUrl);
        Assert.Contains(Fake.Raw, r => r.Contains("media_type=TEXT", StringComparison.Ordinal));
        Assert.Empty(Media.Received);
    }

    [Fact]
    public async Task The_api_version_defaults_to_v1()
    {
        var settings = Settings();
        settings.Remove("ApiVersion");
        using var harness = Harness(null, settings);

        var result = await harness.PublishAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(Fake.Received, r => r.StartsWith("POST /v1.0/", StringComparison.Ordinal));
    }
}
