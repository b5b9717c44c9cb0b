using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Storage;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class FullDiskBannerFacts(SharedWebApp app)
{
    [Fact]
    public async Task While_the_ledgers_disk_is_full_every_page_says_publishing_has_stopped_and_the_banner_goes_when_a_write_succeeds()
    {
        var disks = app.Host.Services.GetRequiredService<FullDisks>();
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        const string where = "/srv/socialscheduler/data/socialscheduler.db";

        disks.Report(where, "the ledger database", "database or disk is full");
        string whileFull;
        try
        {
            whileFull = await client.Http.GetStringAsync("/admin/publishing", TestContext.Current.CancellationToken);
        }
        finally
        {
            disks.Cleared(where);
        }

        var afterwards = await client.Http.GetStringAsync("/admin/publishing", TestContext.Current.CancellationToken);

        Assert.Contains($"Disk full at {where} (the ledger database) since", whileFull);
        Assert.Contains("publishing has stopped. Free space there; it resumes by itself", whileFull);
        Assert.DoesNotContain("Disk full at", afterwards);
    }
}
