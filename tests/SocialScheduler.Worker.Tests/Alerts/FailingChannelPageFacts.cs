using System.Diagnostics;
using System.Net;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Alerts;

/// <summary>An admin sees on the Publishing page which alert channel fails and why.</summary>
[Collection(WebCollection.Name)]
public sealed class FailingChannelPageFacts
{
    [Fact]
    public async Task A_receiver_answering_500_is_listed_on_the_Publishing_page_with_its_error()
    {
        await using var receiver = new WebhookReceiver("a-long-random-shared-secret") { AlwaysAnswer = 500 };
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Alerts:Webhooks:ops:Url"] = receiver.Url.ToString(),
            ["Alerts:Webhooks:ops:Secret"] = "a-long-random-shared-secret",
            ["Alerts:PollInterval"] = "00:00:01",
            ["Alerts:DigestAt"] = "",
        });
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        await host.Services.GetRequiredService<AlertOutbox>().AddAsync(new AlertRecord(AlertOutbox.IdFor(AlertTypes.AccountExpiring, "x-main"), AlertTypes.AccountExpiring, now)
        {
            Account = "x-main", Message = "The token expires in 5 days.",
        }, TestContext.Current.CancellationToken);
        using var client = new AppClient(host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        var html = "";
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < TimeSpan.FromSeconds(90) && !html.Contains("data-channel=\"webhook:ops\"", StringComparison.Ordinal))
        {
            using var page = await client.GetAsync("/admin/publishing");
            html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Contains("data-channel=\"webhook:ops\"", html, StringComparison.Ordinal);
        Assert.Contains($"{receiver.Url} answered 500", html, StringComparison.Ordinal);
        Assert.NotEmpty(receiver.Received);
    }
}
