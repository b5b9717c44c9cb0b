using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

internal sealed class HangfireJobScheduler(IBackgroundJobClient client, JobStorage storage, PipelineState state, TimeProvider time) : IJobScheduler
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(30);

    public bool Active => state.ServerStarted;

    // In memory a call takes microseconds behind one dispatcher thread; parallel calls would only contend. On
    // PostgreSQL 10,000 jobs took 15.9 s one at a time, 11.8–14.8 s 2 to 8 at a time, 14–14.7 s 16 at a time.
    public int Parallelism { get; } = storage is Hangfire.InMemory.InMemoryStorage ? 1 : 4;

    public string Schedule(string publicationId, long revision, DateTimeOffset runAt) =>
        runAt <= time.GetUtcNow()
            ? client.Enqueue<PublishJob>(job => job.RunAsync(publicationId, revision, CancellationToken.None))
            : client.Schedule<PublishJob>(job => job.RunAsync(publicationId, revision, CancellationToken.None), WholeSecondAfter(runAt));

    // Hangfire keeps due times in whole seconds, truncated: rounding up means a post never starts before its time.
    private static DateTimeOffset WholeSecondAfter(DateTimeOffset at) =>
        new((at.UtcTicks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public void Delete(string jobId) => client.Delete(jobId);

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
