namespace SocialScheduler.Jobs.Scheduling;

/// <summary>Where publish jobs are queued: Hangfire in the service, a recording double in tests.</summary>
internal interface IJobScheduler
{
    /// <summary>True once a publishing server runs in this process; without one (a CLI verb) no job is created
    /// and the running server's sweeper creates it.</summary>
    bool Active { get; }

    string Schedule(string publicationId, long revision, DateTimeOffset runAt);

    /// <summary>How many <see cref="Schedule"/> calls may run at once: a job store over the network spends part of a
    /// call waiting for its round trips, so a few parallel calls overlap that waiting.</summary>
    int Parallelism => 1;

    void Delete(string jobId);

    /// <summary>True when the job still exists and will run or is running.</summary>
    bool IsAlive(string jobId);
}
