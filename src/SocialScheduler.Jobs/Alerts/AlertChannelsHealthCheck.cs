using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// Degraded while an alert channel fails: publishing goes on, but the people who must act may not hear about it.
/// The data names each failing channel and its last error.
/// </summary>
internal sealed class AlertChannelsHealthCheck(AlertChannelStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.Channels.Count == 0)
        {
            return HealthCheckResult.Healthy("No alert channel is configured (Alerts:Webhooks, Alerts:Email): alerts are only logged.");
        }

        var problems = await status.ProblemsAsync(cancellationToken);
        if (problems.Count == 0)
        {
            return HealthCheckResult.Healthy($"Alert channels delivering: {string.Join(", ", status.Channels)}.");
        }

        return HealthCheckResult.Degraded(
            $"Alert channels failing: {string.Join("; ", problems.Select(p => p.Describe()))}",
            data: problems.ToDictionary(p => p.Channel, p => (object)p.Describe()));
    }
}
