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
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < 6; i++)
        {
            // Each worker dies the moment a post is confirmed, before the ledger records it.
            using var crashing = run.StartWorker(crashAfterSendPercent: 100);
            await WaitForExitOrAsync(crashing, TimeSpan.FromSeconds(20));
        }

        using var healthy = run.StartWorker();
        var done = await run.AllPublishedAsync(TimeSpan.FromMinutes(5));
        var states = await run.StatesAsync();
        await run.ReportAsync("killed after the platform's 2xx (6 workers die, then one healthy)", states, TimeProvider.System.GetElapsedTime(started));

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
    }

    [Fact]
    public async Task A_response_dropped_after_the_platform_got_the_post_passes_through_unknown_without_a_duplicate()
    {
        await using var run = await FaultRun.CreateAsync(posts: 40, spread: TimeSpan.FromSeconds(3));
        run.Platform.DropResponsePercent = 30;
        var started = TimeProvider.System.GetTimestamp();
        using var worker = run.StartWorker();

        var done = await run.AllPublishedAsync(TimeSpan.FromMinutes(5));
        var states = await run.StatesAsync();
        await run.ReportAsync("30 % of responses dropped after the platform got the post", states, TimeProvider.System.GetElapsedTime(started),
            $"{run.Platform.Dropped} responses dropped");

        Assert.True(done, run.Describe(states));
        Assert.True(run.Platform.Dropped > 0);
        Assert.Equal((0, 0), run.Count());
    }

    [Fact]
    public async Task Two_workers_on_one_postgres_database_publish_each_post_once()
    {
        var posts = FaultRun.Full ? 2000 : 300;
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.FromSeconds(10), Peers.Postgres());
        var started = TimeProvider.System.GetTimestamp();
        using var first = run.StartWorker();
        using var second = run.StartWorker();

        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(FaultRun.Full ? 600 : 300));
        var states = await run.StatesAsync();
        await run.ReportAsync("two workers on one PostgreSQL database", states, TimeProvider.System.GetElapsedTime(started));

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
    }

    [Fact]
    public async Task Processing_resumes_within_a_minute_after_postgres_restarts_and_nothing_is_lost()
    {
        Peers.Postgres(); // the binaries come from .ci/setup-postgres.sh; the cluster is this test's own
        using var database = PrivatePostgres.Start();
        await using var run = await FaultRun.CreateAsync(posts: 200, spread: TimeSpan.FromSeconds(30), database.ConnectionString);
        using var worker = run.StartWorker();
        // Stop the database mid-run, not before the worker is up: a loaded machine can take long to start it.
        Assert.True(await PipelineHost.EventuallyAsync(() => Task.FromResult(!run.Platform.Posts.IsEmpty), TimeSpan.FromMinutes(5)), "the worker published nothing");

        database.Down();
        var before = run.Platform.Posts.Count;
        await Task.Delay(TimeSpan.FromSeconds(8), TestContext.Current.CancellationToken);
        database.Up();
        var restarted = TimeProvider.System.GetUtcNow();
        // The goal is a minute (the fault script reports the figure); the test allows a loaded machine more.
        var resumed = await PipelineHost.EventuallyAsync(() => Task.FromResult(run.Platform.Posts.Count > before), TimeSpan.FromMinutes(5));
        var resumedAfter = TimeProvider.System.GetUtcNow() - restarted;
        var done = await run.AllPublishedAsync(TimeSpan.FromMinutes(5));
        var states = await run.StatesAsync();
        await run.ReportAsync("PostgreSQL stopped for 8 s mid-run, then started", states, TimeProvider.System.GetUtcNow() - restarted,
            resumed ? $"publishing resumed {resumedAfter.TotalSeconds:0.0} s after the restart" : "publishing did not resume within 5 minutes");

        Assert.True(resumed, $"nothing was published in the 5 minutes after the restart; {run.Describe(states)}");
        Assert.True(done, $"resumed after {resumedAfter.TotalSeconds:0.0} s; {run.Describe(states)}");
        Assert.Equal((0, 0), run.Count());
    }

    private static async Task KillCyclesAsync(string? postgres)
    {
        var (cycles, posts) = FaultRun.Full ? (50, 500) : (8, 150);
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.FromSeconds(cycles * 1.5), postgres);
        var started = TimeProvider.System.GetTimestamp();
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            using var worker = run.StartWorker();
            await Task.Delay(Random.Shared.Next(700, 3000), TestContext.Current.CancellationToken);
            worker.Kill();
        }

        using var last = run.StartWorker();
        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(FaultRun.Full ? 600 : 300));
        var states = await run.StatesAsync();
        await run.ReportAsync($"kill -9 at random points, {cycles} cycles, {(postgres is null ? "SQLite" : "PostgreSQL")}", states, TimeProvider.System.GetElapsedTime(started));

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
