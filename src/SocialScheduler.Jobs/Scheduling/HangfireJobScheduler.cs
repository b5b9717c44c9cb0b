using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.States;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

internal sealed class HangfireJobScheduler(
    IBackgroundJobClient client, JobStorage storage, IJobFilterProvider filters, PipelineState state, TimeProvider time) : IJobScheduler
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(30);

    // Jobs whose first state is written in one transaction: a store that commits to disk (PostgreSQL, SQL Server)
    // pays a commit per transaction, and Hangfire's client pays two per job (create, then state).
    private const int StatesPerTransaction = 250;

    private readonly BackgroundJobFactory _factory = new(filters);
    private readonly StateMachine _states = new(filters);

    public bool Active => state.ServerStarted;

    // In memory a call takes microseconds behind one dispatcher thread; parallel calls would only contend. Over the
    // network part of each call waits for its round trips, which a few connections at once overlap.
    private int Parallelism { get; } = storage is Hangfire.InMemory.InMemoryStorage ? 1 : 4;

    public string Schedule(string publicationId, long revision, DateTimeOffset runAt) =>
        client.Create(PublishJob.For(publicationId, revision), FirstState(runAt, time.GetUtcNow()));

    private static IState FirstState(DateTimeOffset runAt, DateTimeOffset now) =>
        runAt <= now ? new EnqueuedState() : new ScheduledState(WholeSecondAfter(runAt).UtcDateTime);

    /// <summary>
    /// Creates the jobs as Hangfire's client would (client filters, the same parameters), each job first without a
    /// state, then writes the first states of a chunk in one transaction through the state machine, so the state
    /// filters run as for <see cref="Schedule"/>. No worker sees a job before its state and queue entry are
    /// committed together. A crash in between leaves stateless jobs that nothing runs and that expire; their records
    /// have no job yet, so the next sync or sweep creates them again.
    /// </summary>
    public IReadOnlyList<string> ScheduleMany(IReadOnlyList<JobRequest> requests)
    {
        var ids = new string[requests.Count];
        var chunks = (requests.Count + StatesPerTransaction - 1) / StatesPerTransaction;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, chunk =>
        {
            var start = chunk * StatesPerTransaction;
            var made = new BackgroundJob[Math.Min(StatesPerTransaction, requests.Count - start)];
            using var connection = storage.GetConnection();
            for (var i = 0; i < made.Length; i++)
            {
                var (publicationId, revision, _) = requests[start + i];
                made[i] = _factory.Create(new CreateContext(storage, connection, PublishJob.For(publicationId, revision), initialState: null))
                    ?? throw new InvalidOperationException($"Hangfire did not create the publish job of {publicationId}.");
            }

            var now = time.GetUtcNow();
            using (var transaction = connection.CreateWriteTransaction())
            {
                for (var i = 0; i < made.Length; i++)
                {
                    var first = FirstState(requests[start + i].RunAt, now);
                    _states.ApplyState(new ApplyStateContext(storage, connection, transaction, made[i], first, oldStateName: null));
                }

                transaction.Commit();
            }

            for (var i = 0; i < made.Length; i++)
            {
                ids[start + i] = made[i].Id;
            }
        });
        return ids;
    }

    // Hangfire keeps due times in whole seconds, truncated: rounding up means a post never starts before its time.
    private static DateTimeOffset WholeSecondAfter(DateTimeOffset at) =>
        new((at.UtcTicks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>
    /// Deletes a job that has not started. One that has is left to finish: deleting it would cancel its token in the
    /// middle of a send, and its claim already decides whether it publishes (its record may have moved on because
    /// this very job claimed it before the job id was recorded).
    /// </summary>
    public void Delete(string jobId)
    {
        if (!client.Delete(jobId, ScheduledState.StateName))
        {
            client.Delete(jobId, EnqueuedState.StateName);
        }
    }

    /// <summary>
    /// Whether the job of an overdue publication will still run: Enqueued jobs will; Processing ones only while
    /// their server's heartbeat is fresh (a killed worker's job would stay invisible for minutes); a delayed job
    /// that should have moved long ago is stuck behind a dead process's scheduler lock, so it counts as lost.
    /// </summary>
    public bool IsAlive(string jobId)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetStateData(jobId);
        var now = time.GetUtcNow().UtcDateTime;
        if (data?.Name == AwaitingState.StateName)
        {
            return true;
        }

        // A queue row fetched by a worker that was then killed stays invisible for minutes while its job still
        // reads Enqueued; an enqueued job that long overdue is replaced (the claim makes a spare copy harmless).
        if (data?.Name == EnqueuedState.StateName)
        {
            return !data.Data.TryGetValue("EnqueuedAt", out var at) || JobHelper.DeserializeNullableDateTime(at) is not { } enqueued
                || now - enqueued < DeadAfter * 2;
        }

        if (data?.Name != ProcessingState.StateName)
        {
            return false;
        }

        var serverId = data.Data.TryGetValue("ServerId", out var id) ? id : null;
        return storage.GetMonitoringApi().Servers()
            .Any(s => s.Name == serverId && s.Heartbeat is { } beat && now - beat < DeadAfter);
    }
}

/// <summary>What the host has started; read by components that behave differently inside a CLI verb.</summary>
internal sealed class PipelineState
{
    public bool ServerStarted { get; set; }
}
