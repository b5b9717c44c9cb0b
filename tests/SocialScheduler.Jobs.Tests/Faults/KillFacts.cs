using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Faults;

/// <summary>
/// Real worker processes killed with SIGKILL at random points while they publish to a loopback platform.
/// CI runs short versions; SOCIALSCHEDULER_FAULT_FULL=1 (tests/run-fault-tests.sh) runs the full figures.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class KillFacts
{
    [Fact]
    public Task Killing_the_sqlite_worker_at_random_points_loses_and_duplicates_nothing() =>
        KillCyclesAsync(postgres: null);

    [Fact]
    public Task Killing_the_postgres_worker_at_random_points_loses_and_duplicates_nothing() =>
        KillCyclesAsync(Peers.Postgres());

    [Fact]
    public async Task A_worker_killed_after_the_platforms_2xx_ends_published_exactly_once()
    {
        await using var run = await FaultRun.CreateAsync(posts: 40, spread: TimeSpan.FromSeconds(4));
        for (var i = 0; i < 6; i++)
        {
            // Each worker dies the moment a post is confirmed, before the ledger records it.
            using var crashing = run.StartWorker(crashAfterSendPercent: 100);
            await WaitForExitOrAsync(crashing, TimeSpan.FromSeconds(20));
        }

        using var healthy = run.StartWorker();
        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(90));
        var states = await run.StatesAsync();

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
    }

    [Fact]
    public async Task A_response_dropped_after_the_platform_got_the_post_passes_through_unknown_without_a_duplicate()
    {
        await using var run = await FaultRun.CreateAsync(posts: 40, spread: TimeSpan.FromSeconds(3));
        run.Platform.DropResponsePercent = 30;
        using var worker = run.StartWorker();

        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(90));
        var states = await run.StatesAsync();

        Assert.True(done, run.Describe(states));
        Assert.True(run.Platform.Dropped > 0);
        Assert.Equal((0, 0), run.Count());
    }

    [Fact]
    public async Task Two_workers_on_one_postgres_database_publish_each_post_once()
    {
        var posts = FaultRun.Full ? 2000 : 300;
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.FromSeconds(10), Peers.Postgres());
        using var first = run.StartWorker();
        using var second = run.StartWorker();

        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(FaultRun.Full ? 300 : 120));
        var states = await run.StatesAsync();

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
    }

    private static async Task KillCyclesAsync(string? postgres)
    {
        var (cycles, posts) = FaultRun.Full ? (50, 500) : (8, 150);
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.FromSeconds(cycles * 1.5), postgres);
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            using var worker = run.StartWorker();
            await Task.Delay(Random.Shared.Next(700, 3000), TestContext.Current.CancellationToken);
            worker.Kill();
        }

        using var last = run.StartWorker();
        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(FaultRun.Full ? 300 : 120));
        var states = await run.StatesAsync();

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
        Assert.Equal(0, states.GetValueOrDefault("Sending"));
    }

    private static async Task WaitForExitOrAsync(WorkerProcess worker, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!worker.HasExited && TimeProvider.System.GetUtcNow() < until)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>Fault tests start several processes each; run them one at a time so they do not starve each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Fault tests";
}
