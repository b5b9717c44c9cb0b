using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Health;

/// <summary>Unhealthy when no live Hangfire server consumes the <c>publish</c> queue: nothing would go out.</summary>
internal sealed class PublishServerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var servers = storage.GetMonitoringApi().Servers()
            .Where(s => s.Queues.Contains(PublishJob.Queue) && s.Heartbeat is { } beat && now - beat < HeartbeatAge)
            .ToList();
        return Task.FromResult(servers.Count > 0
            ? HealthCheckResult.Healthy($"{servers.Count} server(s) consume the '{PublishJob.Queue}' queue.",
                new Dictionary<string, object> { ["servers"] = servers.Select(s => s.Name).ToArray() })
            : HealthCheckResult.Unhealthy(
                $"No Hangfire server consumes the '{PublishJob.Queue}' queue (none with a heartbeat in the last {HeartbeatAge.TotalMinutes:0} minutes): due posts are not being published. Start the worker service."));
    }
}
