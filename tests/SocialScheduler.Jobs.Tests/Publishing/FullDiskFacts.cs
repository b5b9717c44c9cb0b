using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Health;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Publishing;

/// <summary>The SQLite ledger on a small tmpfs that fills up under it, then has space again.</summary>
public sealed class FullDiskFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task A_full_disk_under_the_ledger_sends_nothing_says_so_and_publishing_resumes_once_space_returns_each_post_once()
    {
        using var disk = SmallDisk.Mount(megabytes: 4);
        var file = Path.Combine(disk.Path, "socialscheduler.db");
        await using var h = await LedgerHarness.StartAsync(new() { ["Storage:ConnectionString"] = $"Data Source={file}" });
        var health = new DiskSpaceHealthCheck(h.Get<FullDisks>(), h.Get<LedgerQueries>(), h.Time);
        h.Source.Set(Some.Post("a", locales: ["en", "fr"]));
        await h.SyncAsync();
        disk.Fill();

        await h.RunDueAsync(Due);
        var sentWhileFull = h.Publisher.Received.Count;
        var whileFull = await health.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        var statesWhileFull = (await h.Ledger.ListAsync(new PublicationFilter())).Select(r => r.State).ToList();
        disk.Free();
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.SweepAsync();
        await h.RunDueAsync();
        var afterwards = await health.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(0, sentWhileFull);
        Assert.Equal(HealthStatus.Unhealthy, whileFull.Status);
        Assert.StartsWith($"Disk full at {file} (the ledger database", whileFull.Description);
        Assert.Contains("2 publications waiting", whileFull.Description);
        Assert.Equal([PublicationState.Scheduled, PublicationState.Scheduled], statesWhileFull);
        Assert.Equal(2, h.Publisher.Received.Count);
        Assert.All(await h.Ledger.ListAsync(new PublicationFilter()), r => Assert.Equal((PublicationState.Published, 1), (r.State, r.Attempt)));
        Assert.Equal(HealthStatus.Healthy, afterwards.Status);
    }
}
