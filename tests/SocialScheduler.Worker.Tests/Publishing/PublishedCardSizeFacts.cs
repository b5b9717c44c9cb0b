using SkiaSharp;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Publishing;

/// <summary>What reaches the outbox, published by the real host: the card at the size the post or account asks for.</summary>
public sealed class PublishedCardSizeFacts
{
    [Fact]
    public async Task The_account_default_applies_when_the_post_has_no_size_and_the_post_size_wins_when_it_has_one()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Accounts:outbox:CardSize"] = "square" });
        var posts = host.Services.GetRequiredService<IWebPostStore>();
        var due = TimeProvider.System.GetUtcNow().AddSeconds(3);
        await posts.SaveAsync(Post("sized-none", due, size: null), "editor", TestContext.Current.CancellationToken);
        await posts.SaveAsync(Post("sized-portrait", due, size: "portrait"), "editor", TestContext.Current.CancellationToken);

        Assert.Equal((1080, 1080), await PublishedImageAsync(host, "sized-none"));
        Assert.Equal((1080, 1350), await PublishedImageAsync(host, "sized-portrait"));
    }

    private static ScheduledPost Post(string id, DateTimeOffset due, string? size) => new(
        "child-safety-online-now", id, due, "Europe/Brussels", ["outbox"], ["en"], "reports-2021",
        new Dictionary<string, string> { ["en"] = "In 2021, 85 million pictures and videos were reported. #ChildSafetyOnlineNow" },
        "web", size);

    private static async Task<(int Width, int Height)> PublishedImageAsync(WebTestHost host, string id)
    {
        var json = Path.Combine(host.Outbox, "outbox", $"{id}.en.json");
        var until = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (!File.Exists(json))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < until, $"{id} was not published within 60 s");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        using var codec = SKCodec.Create(Path.Combine(host.Outbox, "outbox", $"{id}.en.png"));
        return (codec.Info.Width, codec.Info.Height);
    }
}
