using System.Collections.Concurrent;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>Stands in for Hangfire in ledger tests: keeps the jobs so the test decides when each runs.</summary>
internal sealed class RecordingJobScheduler : IJobScheduler
{
    private int _next;

    public ConcurrentDictionary<string, ScheduledJob> Jobs { get; } = new();

    public bool Active { get; set; } = true;

    public string Schedule(string publicationId, long revision, DateTimeOffset runAt)
    {
        var id = $"job-{Interlocked.Increment(ref _next)}";
        Jobs[id] = new ScheduledJob(id, publicationId, revision, runAt);
        return id;
    }

    public void Delete(string jobId) => Jobs.TryRemove(jobId, out _);

    public bool IsAlive(string jobId) => Jobs.ContainsKey(jobId);

    /// <summary>Removes and returns the jobs due at <paramref name="now"/>, as Hangfire's poller would.</summary>
    public IReadOnlyList<ScheduledJob> TakeDue(DateTimeOffset now)
    {
        var due = Jobs.Values.Where(j => j.RunAt <= now).OrderBy(j => j.RunAt).ToList();
        foreach (var job in due)
        {
            Jobs.TryRemove(job.Id, out _);
        }

        return due;
    }
}

internal sealed record ScheduledJob(string Id, string PublicationId, long Revision, DateTimeOffset RunAt);
