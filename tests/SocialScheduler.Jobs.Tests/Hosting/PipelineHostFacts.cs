using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Hosting;

/// <summary>The service's own wiring, with a real Hangfire server on the real clock.</summary>
public sealed class PipelineHostFacts
{
    private static ScheduledPost DueSoon(string id, int seconds = 2) =>
        Some.Post(id, due: TimeProvider.System.GetUtcNow().AddSeconds(seconds), locales: ["en", "fr", "it", "es", "de", "nl"]);

    [Fact]
    public async Task A_post_due_in_two_seconds_goes_out_in_every_locale_once()
    {
        var source = new InMemoryScheduleSource();
        var publisher = new CollectingPublisher();
        source.Set(DueSoon("soon"));
        await using var host = PipelineHost.Create(source, publisher);

        await host.Host.StartAsync(TestContext.Current.CancellationToken);
        var sent = await PipelineHost.EventuallyAsync(() => Task.FromResult(publisher.Received.Count >= 6), TimeSpan.FromSeconds(120));
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        Assert.True(sent, $"only {publisher.Received.Count} of 6 locales were sent");
        Assert.Equal(6, publisher.Received.Count);
        var counts = await host.Get<IPublicationLedger>().CountByStateAsync(PublicationFilter.All, TestContext.Current.CancellationToken);
        Assert.Equal(6, counts[PublicationState.Published]);
    }

    [Fact]
    public async Task A_post_added_while_running_is_scheduled_and_sent()
    {
        var source = new InMemoryScheduleSource();
        var publisher = new CollectingPublisher();
        await using var host = PipelineHost.Create(source, publisher);
        await host.Host.StartAsync(TestContext.Current.CancellationToken);

        source.Set(DueSoon("added-later"));
        var sent = await PipelineHost.EventuallyAsync(() => Task.FromResult(publisher.Received.Count >= 6), TimeSpan.FromSeconds(120));

        Assert.True(sent, $"only {publisher.Received.Count} of 6 locales were sent");
    }

    [Fact]
    public async Task A_second_server_on_the_same_sqlite_file_is_refused_with_a_clear_message()
    {
        var first = PipelineHost.Create(new InMemoryScheduleSource(), new CollectingPublisher());
        await using (first)
        {
            await first.Host.StartAsync(TestContext.Current.CancellationToken);
            await using var second = PipelineHost.Create(new InMemoryScheduleSource(), new CollectingPublisher(), directory: first.Directory);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.Host.StartAsync(TestContext.Current.CancellationToken));

            Assert.Contains("Another SocialScheduler server is already running on", error.Message);
            Assert.Contains("Storage:Provider=PostgreSql", error.Message);
        }
    }

    [Fact]
    public async Task Health_is_healthy_while_the_server_runs_and_names_late_posts()
    {
        var source = new InMemoryScheduleSource();
        await using var host = PipelineHost.Create(source, new CollectingPublisher(), new() { ["Approval:Required"] = "false" });
        await host.Host.StartAsync(TestContext.Current.CancellationToken);

        var healthy = await PipelineHost.EventuallyAsync(
            async () => (await host.Get<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Status == HealthStatus.Healthy,
            TimeSpan.FromSeconds(10));

        Assert.True(healthy);
    }
}
