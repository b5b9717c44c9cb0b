using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Worker.Web.Schedules;

/// <summary>
/// <c>/healthz</c> entry <c>schedules</c>: degraded (still 200) while a schedule file has errors, with every finding
/// in its data, so an operator sees what to fix while the last good versions keep publishing.
/// </summary>
public sealed class ScheduleHealthCheck(IScheduleSource schedules) : IHealthCheck
{
    public const string Name = "schedules";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = schedules.Current;
        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var data = new Dictionary<string, object>
        {
            ["posts"] = snapshot.Posts.Count,
            ["loadedAt"] = snapshot.LoadedAt,
        };
        if (snapshot.Diagnostics.Count > 0)
        {
            data["diagnostics"] = snapshot.Diagnostics.Select(d => d.ToString()).ToArray();
        }

        return Task.FromResult(errors == 0
            ? HealthCheckResult.Healthy($"{snapshot.Posts.Count} posts scheduled", data)
            : HealthCheckResult.Degraded($"{errors} schedule errors; the files with errors keep their last good version. Run 'validate' to see them.", data: data));
    }
}

public static class ScheduleHealthCheckExtensions
{
    /// <summary>Adds the <c>schedules</c> entry to <c>/healthz</c>.</summary>
    public static IHealthChecksBuilder AddScheduleHealthCheck(this IHealthChecksBuilder builder) =>
        builder.AddCheck<ScheduleHealthCheck>(ScheduleHealthCheck.Name);
}
