using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Faults;

/// <summary>
/// The emergency pause against a real worker process in the middle of a run: the pause is written from another
/// process, as the <c>pause</c> verb and the web app write it, and the worker must claim nothing once it is committed.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class PauseFacts
{
    [Fact]
    public Task Pausing_a_live_sqlite_run_claims_nothing_after_the_pause_and_resuming_sends_the_rest_once() =>
        PauseLiveRunAsync(postgres: null);

    [Fact]
    public Task Pausing_a_live_postgres_run_claims_nothing_after_the_pause_and_resuming_sends_the_rest_once() =>
        PauseLiveRunAsync(Peers.Postgres());

    private static async Task PauseLiveRunAsync(string? postgres)
    {
        // About ten posts fall due every second, so a pause that did not hold would show within the watch below.
        await using var run = await FaultRun.CreateAsync(posts: 240, spread: TimeSpan.FromSeconds(24), postgres);
        using var worker = run.StartWorker();
        Assert.True(await PipelineHost.EventuallyAsync(() => Task.FromResult(run.Platform.Posts.Count >= 20), TimeSpan.FromMinutes(5)),
            $"the worker never got going; {run.Describe(await run.StatesAsync())}");

        await using var operatorServices = run.OperatorServices();
        var commands = operatorServices.GetRequiredService<IPublishingCommands>();
        await commands.PauseAsync(PauseScope.All, "test:operator", "live pause test", TestContext.Current.CancellationToken);
        var pausedAt = TimeProvider.System.GetUtcNow();

        // Five seconds in which some fifty posts come due.
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var sentAfter = run.Platform.Posts.Where(p => p.At > pausedAt).ToList();
        var held = await run.StatesAsync();
        // Posts claimed before the pause may still be on their way; no claim may be made once it is committed.
        var claimedAfter = await run.ClaimsAfterAsync(pausedAt);
        Assert.True(claimedAfter == 0, $"{claimedAfter} publications were claimed after the pause was committed; {run.Describe(held)}");

        Assert.True(held.GetValueOrDefault("Paused") > 0, $"no publication was held; {run.Describe(held)}");
        Assert.Equal(0, held.GetValueOrDefault("Sending"));
        Assert.True(run.Platform.Posts.Count < run.PostCount, run.Describe(held));

        var resumed = await commands.ResumeAsync(PauseScope.All, "test:operator", TestContext.Current.CancellationToken);
        Assert.True(resumed.Succeeded, resumed.Message);
        var done = await run.AllPublishedAsync(TimeSpan.FromMinutes(5));
        var states = await run.StatesAsync();
        await run.ReportAsync($"paused mid-run, then resumed, {(postgres is null ? "SQLite" : "PostgreSQL")}", states,
            TimeProvider.System.GetUtcNow() - pausedAt, $"{held.GetValueOrDefault("Paused")} held by the pause, {sentAfter.Count} sent after it (already claimed)");

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
    }
}
