namespace SocialScheduler.Jobs.Scheduling;

/// <summary>Where publish jobs are queued: Hangfire in the service, a recording double in tests.</summary>
internal interface IJobScheduler
{
    /// <summary>True once a publishing server runs in this process; without one (a CLI verb) no job is created
    /// and the running server's sweeper creates it.</summary>
    bool Active { get; }

    string Schedule(string publicationId, long revision, DateTimeOffset runAt);

    /// <summary>Creates many jobs at once; returns their ids in the order asked.</summary>
    IReadOnlyList<string> ScheduleMany(IReadOnlyList<JobRequest> requests)
    {
        var ids = new string[requests.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Schedule(requests[i].PublicationId, requests[i].Revision, requests[i].RunAt);
        }

        return ids;
    }

    void Delete(string jobId);

    /// <summary>True when the job still exists and will run or is running.</summary>
    bool IsAlive(string jobId);
}

/// <summary>One publish job to create: the record it claims, the revision it was made for, when it runs.</summary>
internal readonly record struct JobRequest(string PublicationId, long Revision, DateTimeOffset RunAt);
