using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// Runs the sweeper and the reconciler every <c>Publishing:RepairInterval</c> in every worker process, and looks for
/// claims held by a dead worker every heartbeat (<see cref="HangfireJobScheduler.HeartbeatInterval"/>). A timer of
/// the process, not a Hangfire recurring job: after a crash, Hangfire's recurring and delayed schedulers wait for
/// the dead process's lock rows to expire (a minute or more), which is exactly when repair is needed.
/// </summary>
internal sealed class RepairService(Sweeper sweeper, Reconciler reconciler, IOptions<PublishingOptions> options, TimeProvider time, ILogger<RepairService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RepairInterval;
        using var timer = new PeriodicTimer(interval < HangfireJobScheduler.HeartbeatInterval ? interval : HangfireJobScheduler.HeartbeatInterval, time);
        var lastFull = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Every tick: a dead worker's publications need not wait for the full pass.
                await reconciler.ReconcileDeadHoldersAsync(stoppingToken);
                if (time.GetElapsedTime(lastFull) >= interval)
                {
                    lastFull = time.GetTimestamp();
                    await reconciler.ReconcileAsync(orphansOnly: false, stoppingToken);
                    await sweeper.SweepAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (LedgerDatabase.IsDiskFull(ex))
            {
                // The publish jobs say it with the number waiting; the next tick is the probe that sees space return.
                logger.LogWarning("Repair pass: the disk is full ({Error}); trying again in {Interval}", ex.Message, timer.Period);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage down: the health check reports it; the next tick tries again.
                logger.LogError(ex, "Repair pass failed");
            }
        }
    }
}
