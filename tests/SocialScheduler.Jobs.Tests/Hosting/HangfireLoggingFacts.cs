using Hangfire;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Hosting;

/// <summary>Hangfire logs through process-wide state that outlives the host which set it.</summary>
public sealed class HangfireLoggingFacts
{
    [Fact]
    public async Task A_job_client_made_after_a_host_stopped_still_creates_jobs()
    {
        var stopped = PipelineHost.Create(new InMemoryScheduleSource(), new CollectingPublisher());
        await using (stopped)
        {
            await stopped.Host.StartAsync(TestContext.Current.CancellationToken);
        }

        var storage = HangfireStorageSetup.Create(new StorageOptions { Provider = StorageProvider.InMemory }, "hangfire");
        var id = new BackgroundJobClient(storage).Schedule(() => Console.WriteLine("later"), TimeSpan.FromHours(1));

        using var connection = storage.GetConnection();
        Assert.Equal("Scheduled", connection.GetStateData(id).Name);
    }
}
