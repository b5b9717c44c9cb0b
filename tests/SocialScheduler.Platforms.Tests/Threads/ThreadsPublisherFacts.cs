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

    [Fact]
    public async Task The_fake_refuses_to_publish_a_container_before_it_is_finished()
    {
        using var client = new HttpClient { BaseAddress = Fake.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", "token-" + Canary);
        var ct = TestContext.Current.CancellationToken;
        var made = await client.PostAsync(Fake.CreatePath.TrimStart('/'), new FormUrlEncodedContent([new("media_type", "TEXT"), new("text", "Act now")]), ct);
        var id = System.Text.Json.JsonDocument.Parse(await made.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;

        var early = await client.PostAsync(Fake.PublishPath.TrimStart('/'), new FormUrlEncodedContent([new("creation_id", id)]), ct);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(9007, System.Text.Json.JsonDocument.Parse(await early.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Empty(Fake.Posts);
    }
}
