using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Accounts;

/// <summary>What an admin and the platform's sign-in page do when an account is connected through the API.</summary>
internal static class AccountSteps
{
    /// <summary>POST /api/accounts, then the browser's trip: the instance's authorize page redirects back with a code.</summary>
    public static async Task<(Uri Authorize, Uri Callback)> StartAsync(AppClient admin, object body)
    {
        using var started = await admin.PostJsonWithTokenAsync("/api/accounts", body);
        var json = await started.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(started.StatusCode == HttpStatusCode.OK, json.ToString());
        var authorize = new Uri(json.GetProperty("authorizeUrl").GetString()!);
        using var platform = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var consent = await platform.GetAsync(authorize, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        return (authorize, consent.Headers.Location!);
    }

    /// <summary>Opens the callback as the signed-in admin; returns what the Accounts page then says.</summary>
    public static async Task<string> CallbackAsync(AppClient admin, Uri callback)
    {
        using var back = await admin.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/admin/accounts", back.Headers.Location!.OriginalString);
        return WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/accounts", TestContext.Current.CancellationToken));
    }

    public static async Task<JsonElement> AccountAsync(AppClient admin, string name)
    {
        var all = await admin.Http.GetFromJsonAsync<JsonElement>("/api/accounts", TestContext.Current.CancellationToken);
        return all.EnumerateArray().Single(a => a.GetProperty("name").GetString() == name);
    }

    /// <summary>Writes a schedule file with one post in one locale naming <paramref name="account"/>, and reloads the schedules.</summary>
    public static void Schedule(WebTestHost host, string id, string account, string text, DateTimeOffset due, string locale = "en")
    {
        File.WriteAllText(Path.Combine(host.Folder, "schedules", id + ".yaml"), $"""
            campaign: child-safety-online-now
            hashtag: "#ChildSafetyOnlineNow"
            timeZone: Europe/Brussels
            posts:
              - id: {id}
                at: "{due.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
                accounts: [{account}]
                locales: [{locale}]
                text:
                  {locale}: "{text}"
            """);
        var snapshot = ((FileScheduleSource)host.Services.GetRequiredService<IScheduleSource>()).Reload();
        Assert.False(snapshot.HasErrors, string.Join("\n", snapshot.Diagnostics));
    }

    public static async Task<PublicationRecord> WaitForStateAsync(WebTestHost host, string postId, PublicationState state)
    {
        var ledger = host.Services.GetRequiredService<IPublicationLedger>();
        var until = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(3);
        while (true)
        {
            var record = (await ledger.ListAsync(new PublicationFilter { PostId = postId }, TestContext.Current.CancellationToken)).SingleOrDefault();
            if (record?.State == state)
            {
                return record;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < until, $"{postId} is not {state} but {record?.State} ({record?.Message})");
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }
}
