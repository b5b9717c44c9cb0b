using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Repair;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Hosting;

/// <summary>
/// Runs before the Hangfire server starts: migrates, takes the embedded lock, rebuilds the pending jobs from the
/// ledger, settles what a crash left in flight, syncs the schedule and follows its changes.
/// </summary>
internal sealed class PipelineStartup(
    PublishingDatabase schema,
    IConnectedAccountStore connected,
    LedgerDatabase database,
    LedgerJobLinks ledger,
    PipelineState state,
    ScheduleSynchronizer synchronizer,
    LedgerPostHistory history,
    Reconciler reconciler,
    IScheduleSource source,
    ILogger<PipelineStartup> logger) : IHostedService, IDisposable
{
    private EmbeddedServerLock? _lock;
    private IDisposable? _subscription;
    private CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await schema.MigrateAsync(cancellationToken);
        var embedded = database.SqliteFile is not null;
        if (embedded)
        {
            _lock = EmbeddedServerLock.Acquire(database.SqliteFile!);

            // Jobs lived in memory and died with the last process: the ledger alone says what is pending.
            await ledger.ForgetJobsAsync(cancellationToken);
        }

        state.ServerStarted = true;
        if (embedded)
        {
            // Held by a process that no longer holds the server lock, then the claims older than the holder column.
            var settled = await reconciler.ReconcileDeadHoldersAsync(cancellationToken)
                + await reconciler.ReconcileAsync(orphansOnly: true, cancellationToken);
            if (settled > 0)
            {
                logger.LogWarning("Settled {Count} publications a previous process left in flight", settled);
            }
        }

        // The schedule rules ask the ledger synchronously when the first sync reads the schedule; read it here without blocking.
        await history.LoadAsync(cancellationToken);

        // Before the first sync: a schedule may name an account connected in the web app.
        await connected.LoadAsync(cancellationToken);
        await synchronizer.SyncAsync(cancellationToken);
        _subscription = source.Subscribe(OnScheduleChanged);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await _stopping.CancelAsync();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _stopping.Dispose();
        _lock?.Dispose();
    }

    private void OnScheduleChanged(ScheduleSnapshot snapshot) => _ = SyncInBackgroundAsync();

    private async Task SyncInBackgroundAsync()
    {
        try
        {
            await synchronizer.SyncAsync(_stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next change or restart syncs again; the sweeper keeps pending jobs alive meanwhile.
            logger.LogError(ex, "Schedule sync failed");
        }
    }
}
