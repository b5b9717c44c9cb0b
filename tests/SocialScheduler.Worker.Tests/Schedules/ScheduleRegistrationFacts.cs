using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Web.Schedules;

namespace SocialScheduler.Worker.Tests.Schedules;

public sealed class ScheduleRegistrationFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ss-reg-").FullName;

    [Fact]
    public void A_bad_file_size_limit_stops_the_start_with_the_key_named()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, ("Schedules:MaxFileBytes", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScheduleOptions>>().Value);

        Assert.Contains("Schedules:MaxFileBytes must be between 1 and 268435456 (256 MB); the default is 4194304 (4 MB).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_x_plan_cap_stops_the_start_with_the_key_named()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, ("Plans:X:PostsPerDay", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SocialScheduler.Platforms.X.XPlanOptions>>().Value);

        Assert.Contains("Plans:X:PostsPerDay must be a positive number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_loads_the_schedules_when_it_starts()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, ("Schedules:Watch", "false"));
        var source = services.GetRequiredService<IScheduleSource>();

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(6, source.Current.Posts.Count);
    }

    [Fact]
    public async Task Health_is_degraded_with_the_errors_while_a_schedule_file_is_bad()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.yaml"), "campaign: child-safety-online-now\nposts: 3\n", TestContext.Current.CancellationToken);
        using var services = ScheduleVerbHost.Build(_folder);
        var check = new ScheduleHealthCheck(services.GetRequiredService<IScheduleSource>());

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        var diagnostics = Assert.IsType<string[]>(result.Data["diagnostics"]);
        Assert.Contains(Path.Combine(_folder, "bad.yaml") + ":2:8: error SS008: posts must be a list ('- item' lines or [a, b])", diagnostics);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
