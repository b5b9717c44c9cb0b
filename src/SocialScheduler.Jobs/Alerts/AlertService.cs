using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// The background loop of every worker process: every <c>Alerts:PollInterval</c> it notices the conditions
/// (<see cref="AlertWatch"/>) and delivers what the outbox holds (<see cref="AlertSender"/>). It shares nothing with
/// the publish jobs but the database, and a failure here is logged and tried again, never thrown at them.
/// </summary>
internal sealed class AlertService(AlertWatch watch, AlertSender sender, IOptions<AlertsOptions> options, TimeProvider time, ILogger<AlertService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Events left by a process that died are delivered at once, before the first interval.
        do
        {
            try
            {
                await watch.WatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Looking for alert conditions failed; trying again in {Interval}", options.Value.PollInterval);
            }

            await sender.SendDueAsync(stoppingToken);
        }
        while (await Wait(stoppingToken));
    }

    private async Task<bool> Wait(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
