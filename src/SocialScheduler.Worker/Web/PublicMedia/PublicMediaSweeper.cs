using SocialScheduler.Platforms.PublicMedia;

namespace SocialScheduler.Worker.Web.PublicMedia;

/// <summary>Deletes expired public renditions every few minutes, so a file nobody asks for again does not stay on disk.</summary>
internal sealed class PublicMediaSweeper(PublicMediaStore store, TimeProvider time, ILogger<PublicMediaSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                if (store.Sweep() is > 0 and var deleted)
                {
                    logger.LogInformation("Deleted {Count} expired public renditions", deleted);
                }
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete expired public renditions; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
