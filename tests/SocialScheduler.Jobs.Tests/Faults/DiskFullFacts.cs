using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Faults;

/// <summary>
/// A live SQLite worker whose database sits on a small tmpfs that fills up mid-run and is freed later: it must stop,
/// say so, send nothing whose claim it could not commit, and finish every post once by itself when space returns.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DiskFullFacts
{
    [Fact]
    public async Task Filling_the_disk_under_a_live_sqlite_worker_stops_publishing_with_the_reason_and_freeing_it_sends_every_post_once()
    {
        using var disk = SmallDisk.Mount(megabytes: 8);
        var posts = FaultRun.Size(500, 120);
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.FromSeconds(FaultRun.Full ? 60 : 20), databaseDirectory: disk.Path);
        using var worker = run.StartWorker();
        Assert.True(await PipelineHost.EventuallyAsync(() => Task.FromResult(run.Platform.Posts.Count >= 10), TimeSpan.FromSeconds(90)),
            $"the worker never got going; {run.Describe(await run.StatesAsync())}");

        disk.Fill();
        var said = await PipelineHost.EventuallyAsync(() => Task.FromResult(ReadLog(run).Contains("Disk full at " + disk.Path, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(90));
        var sentWhenSaid = run.Platform.Posts.Count;
        var statesWhileFull = await run.StatesAsync();
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        var sentAfterward = run.Platform.Posts.Count - sentWhenSaid;
        disk.Free();
        var freed = TimeProvider.System.GetTimestamp();

        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(180));
        var states = await run.StatesAsync();
        await run.ReportAsync("SQLite disk filled mid-run, freed after the worker said so", states, TimeProvider.System.GetElapsedTime(freed),
            $"{statesWhileFull.GetValueOrDefault("Scheduled")} waiting while full; time is from the freeing");

        Assert.True(said, $"the worker never said the disk was full; {run.Describe(states)}");
        Assert.True(statesWhileFull.GetValueOrDefault("Scheduled") > 0, $"nothing was waiting when the disk filled; {run.Describe(statesWhileFull)}");
        // Only claims committed before the disk filled may still go out: one per Hangfire worker at most.
        Assert.InRange(sentAfterward, 0, 8);
        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
        Assert.Equal(0, states.GetValueOrDefault("Sending"));
    }

    private static string ReadLog(FaultRun run)
    {
        using var stream = new FileStream(run.Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
