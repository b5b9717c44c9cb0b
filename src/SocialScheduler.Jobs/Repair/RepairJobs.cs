using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Jobs.Repair;

/// <summary>The recurring repair jobs: the sweeper (lost jobs) and the reconciler (unknown outcomes).</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class RepairJobs(IServiceProvider services)
{
    public const string SweeperId = "publishing-sweeper";
    public const string ReconcilerId = "publishing-reconciler";

    [Queue(Publishing.PublishJob.Queue)]
    [DisplayName("Sweep lost publish jobs")]
    public Task SweepAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<Sweeper>().SweepAsync(cancellationToken);

    [Queue(Publishing.PublishJob.Queue)]
    [DisplayName("Reconcile unknown outcomes")]
    public Task ReconcileAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<Reconciler>().ReconcileAsync(orphansOnly: false, cancellationToken);
}
