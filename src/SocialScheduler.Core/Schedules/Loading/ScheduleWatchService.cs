using Microsoft.Extensions.Hosting;

namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>Loads the schedules when the service starts and, with <c>Schedules:Watch</c>, follows their changes.</summary>
internal sealed class ScheduleWatchService(FileScheduleSource source, ScheduleOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        source.Reload();
        if (options.Watch)
        {
            source.StartWatching();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        source.StopWatching();
        return Task.CompletedTask;
    }
}
