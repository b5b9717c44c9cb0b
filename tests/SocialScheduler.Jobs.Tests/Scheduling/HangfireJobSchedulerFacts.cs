using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Scheduling;

/// <summary>The Hangfire side of scheduling on a real job store: what a batch of jobs looks like, and what deleting one does.</summary>
public abstract class HangfireJobSchedulerFactsBase
{
    protected abstract Task<JobStorage> StorageAsync();

    private static HangfireJobScheduler Scheduler(JobStorage storage) =>
        new(new BackgroundJobClient(storage), storage, JobFilterProviders.Providers, new PipelineState { ServerStarted = true }, TimeProvider.System);

    [Fact]
    public async Task A_batch_of_jobs_carries_each_publication_and_starts_due_ones_in_the_publish_queue_and_the_rest_at_their_time()
    {
        var storage = await StorageAsync();
        var now = TimeProvider.System.GetUtcNow();
        // More than one transaction's worth, due and future mixed, a future time with a fraction of a second.
        var requests = Enumerable.Range(0, 600)
            .Select(i => new JobRequest($"p{i}", i, i % 3 == 0 ? now.AddMinutes(-1) : now.AddMinutes(10).AddMilliseconds(i)))
            .ToList();

        var ids = Scheduler(storage).ScheduleMany(requests);

        Assert.Equal(requests.Count, ids.Distinct().Count());
        using var connection = storage.GetConnection();
        for (var i = 0; i < requests.Count; i++)
        {
            var job = connection.GetJobData(ids[i]);
            Assert.Equal(typeof(PublishJob), job.Job.Type);
            Assert.Equal([requests[i].PublicationId, requests[i].Revision], job.Job.Args.Take(2));
            var state = connection.GetStateData(ids[i]);
            if (requests[i].RunAt <= now)
            {
                Assert.Equal(EnqueuedState.StateName, state.Name);
                Assert.Equal(PublishJob.Queue, state.Data["Queue"]);
            }
            else
            {
                Assert.Equal(ScheduledState.StateName, state.Name);
                var enqueueAt = new DateTimeOffset(JobHelper.DeserializeDateTime(state.Data["EnqueueAt"]), TimeSpan.Zero);
                // Never before its time, and no more than the second Hangfire rounds to after it.
                Assert.InRange(enqueueAt, requests[i].RunAt, requests[i].RunAt.AddSeconds(1));
            }
        }
    }

    [Fact]
    public async Task Deleting_the_job_of_a_record_that_moved_on_leaves_a_job_that_already_started_to_finish()
    {
        var storage = await StorageAsync();
        var scheduler = Scheduler(storage);
        var waiting = scheduler.Schedule("waiting", 1, TimeProvider.System.GetUtcNow().AddMinutes(10));
        var gate = Guid.NewGuid().ToString("N");
        Gates.Open[gate] = new ManualResetEventSlim();
        var started = new BackgroundJobClient(storage).Enqueue(() => Gates.Hold(gate));
        // Its own activator: Hangfire's static one may belong to a host another test has already disposed.
        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions { WorkerCount = 1, SchedulePollingInterval = TimeSpan.FromSeconds(1), Activator = new JobActivator() }, storage);
        using var connection = storage.GetConnection();
        Assert.True(await PipelineHost.EventuallyAsync(
            () => Task.FromResult(connection.GetStateData(started).Name == ProcessingState.StateName), TimeSpan.FromSeconds(120)));

        scheduler.Delete(waiting);
        scheduler.Delete(started);

        Assert.Equal(DeletedState.StateName, connection.GetStateData(waiting).Name);
        // Deleting it would have cancelled its token mid-send; the claim already decides what it does.
        Assert.Equal(ProcessingState.StateName, connection.GetStateData(started).Name);
        Gates.Open[gate].Set();
        Assert.True(await PipelineHost.EventuallyAsync(
            () => Task.FromResult(connection.GetStateData(started).Name == SucceededState.StateName), TimeSpan.FromSeconds(120)));
    }
}

/// <summary>Jobs that run until their test lets them go.</summary>
public static class Gates
{
    public static System.Collections.Concurrent.ConcurrentDictionary<string, ManualResetEventSlim> Open { get; } = new();

    public static void Hold(string gate) => Open[gate].Wait(TimeSpan.FromSeconds(60));
}

public sealed class HangfireJobSchedulerFacts : HangfireJobSchedulerFactsBase
{
    protected override Task<JobStorage> StorageAsync() =>
        Task.FromResult(HangfireStorageSetup.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = "Data Source=unused.db" }, "hangfire"));
}

public sealed class PostgresHangfireJobSchedulerFacts : HangfireJobSchedulerFactsBase
{
    protected override async Task<JobStorage> StorageAsync()
    {
        var connection = await PostgresSchemas.CreateAsync(Peers.Postgres());
        return HangfireStorageSetup.Create(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connection }, "hf_" + Guid.NewGuid().ToString("N")[..8]);
    }
}
