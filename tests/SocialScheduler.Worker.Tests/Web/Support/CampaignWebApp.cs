using System.Globalization;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// The app with the campaign's real schedule files, approval required, and one post in six languages two days
/// ahead, written by a comms user and not yet approved. Shared by the tests that only read pages.
/// </summary>
public sealed class CampaignWebApp : IAsyncLifetime
{
    private WebTestHost? _host;

    public WebTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    /// <summary>The day of the post in the calendar's zone, as the calendar's <c>date</c> parameter takes it.</summary>
    public string PostDay { get; } = ComposeSteps.LocalDayAhead(2, 10, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async ValueTask InitializeAsync()
    {
        _host = await WebTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Schedules:Path"] = RepoPaths.Schedules,
            ["Approval:Required"] = "true",
        });
        using var client = new AppClient(_host);
        await client.SignInAsync(await _host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        string[] locales = ["en", "fr", "it", "es", "de", "nl"];
        using var created = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id = "ask-your-mep",
            at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(2, 10, 0)),
            timeZone = "Europe/Brussels",
            accounts = new[] { "outbox" },
            locales,
            text = locales.ToDictionary(l => l, l => $"#ChildSafetyOnlineNow ({l})"),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
