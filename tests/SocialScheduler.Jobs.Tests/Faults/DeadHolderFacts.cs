using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Faults;

/// <summary>
/// Two workers on one PostgreSQL database, everything due at once, one killed with -9 halfway and never restarted.
/// <c>Publishing:ReconcileAfter</c> stays at its 5-minute default, so what the dead worker held can only go out
/// through the dead-holder rule: the survivor sees the holder stop heart-beating and settles its claims.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DeadHolderFacts
{
    [Fact]
    public async Task Publications_held_by_a_killed_worker_are_settled_by_the_survivor_as_held_by_a_dead_worker_and_go_out_once()
    {
        var posts = Math.Max(FaultRun.Size(150, 40), 40); // fewer and the survivor may finish before the victim is seen holding a claim
        await using var run = await FaultRun.CreateAsync(posts, spread: TimeSpan.Zero, Peers.Postgres(), locales: ["en", "fr"]);
        run.Settings["Publishing:ReconcileAfter"] = "00:05:00";
        run.Platform.AcceptDelay = TimeSpan.FromMilliseconds(400);
        // Held by a pause until both workers' servers are up, so that both take a share when everything falls due.
        await using var operatorServices = run.OperatorServices();
        await operatorServices.GetRequiredService<PublishingDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        var commands = operatorServices.GetRequiredService<IPublishingCommands>();
        await commands.PauseAsync(PauseScope.All, "test:operator", "until both workers are up", TestContext.Current.CancellationToken);
        using var victim = run.StartWorker();
        using var survivor = run.StartWorker();
        var schema = run.Settings["Publishing:HangfireSchema"];
        Assert.True(await PipelineHost.EventuallyAsync(async () => await ServersAsync(run, schema) >= 2, TimeSpan.FromSeconds(180)),
            $"the two workers never both started; {run.Describe(await run.StatesAsync())}");
        Assert.True((await commands.ResumeAsync(PauseScope.All, "test:operator", TestContext.Current.CancellationToken)).Succeeded);

        // Halfway, at a moment the victim holds claims: those are what the rule must settle. It is stopped first so
        // that what it holds cannot change between the look and the kill.
        IReadOnlyList<(string Id, string Holder)> held = [];
        var holding = await PipelineHost.EventuallyAsync(async () =>
        {
            if (run.Platform.Posts.Count < run.PostCount / 2)
            {
                return false;
            }

            victim.Freeze(stop: true);
            held = await HeldByAsync(run, victim);
            if (held.Count == 0)
            {
                victim.Freeze(stop: false);
            }

            return held.Count > 0;
        }, TimeSpan.FromSeconds(180));
        Assert.True(holding, $"the victim never held a claim halfway through; {run.Describe(await run.StatesAsync())}");
        victim.Kill();
        var killed = TimeProvider.System.GetTimestamp();

        var done = await run.AllPublishedAsync(TimeSpan.FromSeconds(240));
        var sinceKill = TimeProvider.System.GetElapsedTime(killed);
        var states = await run.StatesAsync();
        await run.ReportAsync("two workers on PostgreSQL, all due at once, one killed with -9 halfway and not restarted", states, sinceKill,
            $"{held.Count} held by the killed worker; time is from the kill");

        Assert.True(done, run.Describe(states));
        Assert.Equal((0, 0), run.Count());
        var settled = await run.QueryAsync<(string Id, string Detail)>(
            "SELECT publication_id, detail FROM publishing_history WHERE actor = 'reconciler'");
        foreach (var (id, holder) in held)
        {
            var why = settled.Where(s => s.Id == id).Select(s => s.Detail).ToList();
            Assert.True(why.Any(d => d.StartsWith($"Its holder {holder} ", StringComparison.Ordinal)),
                $"{id}, held by {holder} at the kill, was not settled as held by a dead worker; reconciler said: {string.Join(" | ", why)}");
        }
    }

    private static async Task<long> ServersAsync(FaultRun run, string schema)
    {
        try
        {
            return (await run.QueryAsync<long>($"SELECT COUNT(*) FROM {schema}.server")).Single();
        }
        catch (Npgsql.PostgresException)
        {
            return 0; // Hangfire's schema is not installed yet
        }
    }

    private static Task<IReadOnlyList<(string Id, string Holder)>> HeldByAsync(FaultRun run, WorkerProcess worker) =>
        run.QueryAsync<(string, string)>(
            "SELECT id, holder FROM publishing_publications WHERE state IN ('Sending', 'Unknown') AND holder LIKE @pattern",
            new { pattern = $"%:{worker.Pid}:%" });
}
