using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// Runs the sweeper and the reconciler every <c>Publishing:RepairInterval</c> in every worker process. A timer of
/// the process, not a Hangfire recurring job: after a crash, Hangfire's recurring and delayed schedulers wait for
/// the dead process's lock rows to expire (a minute or more), which is exactly when repair is needed.
/// </summary>
internal sealed class RepairService(Sweeper sweeper, Reconciler reconciler, IOptions<PublishingOptions> options, TimeProvider time, ILogger<RepairService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RepairInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await reconciler.ReconcileAsync(orphansOnly: false, stoppingToken);
                await sweeper.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage down: the health check reports it; the next tick tries again.
                logger.LogError(ex, "Repair pass failed");
            }
        }
    }
}
