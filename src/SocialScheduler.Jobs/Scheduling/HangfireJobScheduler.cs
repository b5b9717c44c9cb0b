using Hangfire;
using Hangfire.States;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Scheduling;

internal sealed class HangfireJobScheduler(IBackgroundJobClient client, JobStorage storage, PipelineState state) : IJobScheduler
{
    private static readonly HashSet<string> LiveStates =
        [ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    public bool Active => state.ServerStarted;

    public string Schedule(string publicationId, long revision, DateTimeOffset runAt) =>
        client.Schedule<PublishJob>(job => job.RunAsync(publicationId, revision, CancellationToken.None), runAt);

    public void Delete(string jobId) => client.Delete(jobId);

    public bool IsAlive(string jobId)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        return data is not null && data.State is not null && LiveStates.Contains(data.State);
    }
}

/// <summary>What the host has started; read by components that behave differently inside a CLI verb.</summary>
internal sealed class PipelineState
{
    public bool ServerStarted { get; set; }
}
