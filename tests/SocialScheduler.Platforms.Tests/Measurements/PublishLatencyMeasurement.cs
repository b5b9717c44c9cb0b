using System.Diagnostics;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Bluesky;
using SocialScheduler.Platforms.Tests.Fakes.X;
using SocialScheduler.Platforms.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Platforms.Tests.Measurements;

/// <summary>
/// Figures, not assertions: per-post latency and allocation of whole publishes (upload, alt text, post) on loopback.
/// Run on demand: dotnet test --project tests/SocialScheduler.Platforms.Tests -- --filter-class "*PublishLatencyMeasurement" --explicit only
/// Results go to artifacts/platforms-latency.txt.
/// </summary>
public sealed class PublishLatencyMeasurement
{
    private const int Posts = 60;

    [Fact(Explicit = true)]
    public async Task Measure_Bluesky_on_the_real_PDS()
    {
        await using var scene = await BlueskyScene.StartAsync();
        using var harness = scene.Harness();
        await ReportAsync("Bluesky (real PDS via loopback proxy)", harness);
    }

    [Fact(Explicit = true)]
    public async Task Measure_X_on_the_signature_checking_fake()
    {
        await using var x = new XFake("ck", "cs", "at", "ats") { PostsPerWindow = 10_000 };
        await x.StartAsync();
        using var harness = new PlatformHarness("x", new Dictionary<string, string?>
        {
            ["Platform"] = "X", ["BaseUrl"] = x.BaseUrl.ToString(), ["ConsumerKey"] = "ck", ["ConsumerSecret"] = "cs", ["AccessToken"] = "at", ["AccessTokenSecret"] = "ats",
        });
        await ReportAsync("X (loopback fake, OAuth verified)", harness);
    }

    private static async Task ReportAsync(string name, PlatformHarness harness)
    {
        var card = TestPng.Create(1200, 675);
        PublishRequest Request(int i) => Some.Post(harness.Account, "en", text: $"Measurement {i} {Some.Hashtag}", postId: $"m-{i}") with
        {
            Media = [new MediaAttachment(card, "image/png", "alt", 1200, 675)],
        };

        Assert.True((await harness.Publisher.PublishAsync(Request(-1), TestContext.Current.CancellationToken)).Succeeded);
        var times = new List<double>();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Posts; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await harness.Publisher.PublishAsync(Request(i), TestContext.Current.CancellationToken);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Assert.True(result.Succeeded, result.ToString());
        }

        var perPost = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Posts;
        times.Sort();
        var line = FormattableString.Invariant(
            $"{name}: {Posts} posts with a {card.Length:N0}-byte 1200x675 PNG; mean {times.Average():F1} ms, p50 {times[Posts / 2]:F1} ms, p95 {times[(int)(Posts * 0.95)]:F1} ms, max {times[^1]:F1} ms; {perPost / 1024.0:F0} KiB allocated per post");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts"));
        await File.AppendAllTextAsync(Path.Combine(RepoPaths.Root, "artifacts", "platforms-latency.txt"), line + Environment.NewLine, TestContext.Current.CancellationToken);
    }
}
