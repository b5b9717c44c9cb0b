using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Health;

/// <summary>Unhealthy when a Scheduled publication is more than <c>Publishing:LateAfter</c> (5 min) past its time.</summary>
internal sealed class LatePublicationsHealthCheck(
    LedgerQueries ledger, IOptions<PublishingOptions> options, IOptions<ApprovalOptions> approval, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var before = (time.GetUtcNow() - options.Value.LateAfter).ToUnixTimeMilliseconds();
        var late = (await ledger.StaleAsync(PublicationState.Scheduled, before, 50, cancellationToken))
            .Where(r => !approval.Value.Required || r.ApprovedBy is not null)
            .ToList();
        if (late.Count == 0)
        {
            return HealthCheckResult.Healthy($"No publication is more than {options.Value.LateAfter} late.");
        }

        var examples = late.Take(5).Select(r => $"{r.Id} (due {PublicationRow.Ms(r.RunAtMs):u})").ToArray();
        return HealthCheckResult.Unhealthy(
            $"{(late.Count == 50 ? "50 or more" : late.Count.ToString())} publications are more than {options.Value.LateAfter} late, e.g. {string.Join(", ", examples)}.",
            data: new Dictionary<string, object> { ["late"] = examples });
    }
}
