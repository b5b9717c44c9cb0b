using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Health;

/// <summary>Unhealthy while a write of this process was refused for a full disk (the ledger, the outbox) and none there has succeeded since.</summary>
internal sealed class DiskSpaceHealthCheck(FullDisks disks, LedgerQueries ledger, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var full = disks.Current;
        if (full.Count == 0)
        {
            return HealthCheckResult.Healthy("No write was refused for a full disk.");
        }

        string waiting;
        try
        {
            waiting = (await ledger.WaitingAsync(time.GetUtcNow(), cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            waiting = "an unknown number of";
        }

        var places = string.Join("; ", full.Select(f => $"{f.Where} ({f.What}, since {f.Since:u})"));
        return HealthCheckResult.Unhealthy(
            $"Disk full at {places}; {waiting} publications waiting. Free space there: publishing resumes by itself.",
            data: new Dictionary<string, object> { ["full"] = full.Select(f => f.Where).ToArray() });
    }
}
