using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>
/// What publishing does when the ledger's disk is full. A claim that cannot be committed sends nothing: the job ends
/// and the sweeper makes it again, so publishing stops until a write succeeds and then resumes by itself. An outcome
/// that cannot be recorded after a send is held by its worker and written again until there is room, so nothing the
/// platform accepted is forgotten.
/// </summary>
/// <remarks>Thread-safe singleton. Says "disk full at …; N publications waiting" at most once a minute.</remarks>
internal sealed class DiskFullGuard(LedgerDatabase database, FullDisks disks, LedgerQueries ledger, TimeProvider time, ILogger<DiskFullGuard> logger)
{
    internal static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SayEvery = TimeSpan.FromMinutes(1);
    private long _saidAt;

    public static bool IsDiskFull(Exception exception) => LedgerDatabase.IsDiskFull(exception);

    /// <summary>A claim (or the look before it) failed for a full disk: record it and say so.</summary>
    public async Task StoppedAsync(string publicationId, Exception exception, CancellationToken cancellationToken)
    {
        disks.Report(database.Location, "the ledger database", exception.Message);
        await SayAsync(cancellationToken);
        logger.LogDebug("Publish {Id}: not claimed, the disk is full ({Error}); the sweeper makes its job again", publicationId, exception.Message);
    }

    /// <summary>Runs <paramref name="record"/> until it is not refused for a full disk; only cancellation stops it.</summary>
    public async Task RecordAsync(string publicationId, Func<Task> record, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await record();
                return;
            }
            catch (Exception ex) when (IsDiskFull(ex))
            {
                disks.Report(database.Location, "the ledger database", ex.Message);
                logger.LogWarning("Publish {Id}: sent, but its outcome cannot be written while the disk is full; writing it again every {Every} s",
                    publicationId, RetryEvery.TotalSeconds);
                await SayAsync(cancellationToken);
                await Task.Delay(RetryEvery, time, cancellationToken);
            }
        }
    }

    private async Task SayAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref _saidAt);
        if (now.UtcTicks - last < SayEvery.Ticks || Interlocked.CompareExchange(ref _saidAt, now.UtcTicks, last) != last)
        {
            return;
        }

        var waiting = await WaitingAsync(now, cancellationToken);
        logger.LogError("Disk full at {Where}; {Waiting} publications waiting. Publishing stops until space is freed there, then resumes by itself",
            database.Location, waiting);
    }

    private async Task<string> WaitingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return (await ledger.WaitingAsync(now, cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "an unknown number of";
        }
    }
}
