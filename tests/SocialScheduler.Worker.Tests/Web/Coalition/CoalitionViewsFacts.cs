using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Coalition;

/// <summary>The coalition views: one day of every partner, and the calendar, publications and provenance by partner.</summary>
[Collection(WebCollection.Name)]
public sealed partial class CoalitionViewsFacts
{
    private static readonly DateTime Local = ComposeSteps.LocalDayAhead(60, 9, 30);

    [Fact]
    public async Task The_coalition_day_shows_who_publishes_what_where_in_which_languages_and_who_is_silent()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        var (shared, iwfOnly) = await TwoPostsAsync(host);
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);

        var html = await admin.Http.GetStringAsync($"/coalition?date={Local:yyyy-MM-dd}", TestContext.Current.CancellationToken);

        Assert.Equal(
            [$"ecpat {shared} 09:30 ecpat-intl: en, es", $"iwf {iwfOnly} 09:30 iwf-uk: en", $"missing-children-europe {shared} 09:30 mce-fr: fr; mce-nl: nl"],
            Rows(html));
        var silent = Silent(html);
        Assert.Contains("ncmec", silent);
        Assert.Contains("thorn", silent);
        Assert.Equal(11, silent.Count);
        Assert.DoesNotContain("ecpat", silent);
    }

    [Fact]
    public async Task A_scoped_user_sees_its_partners_day_only_and_provenance_and_calendar_narrow_by_partner()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        var (shared, iwfOnly) = await TwoPostsAsync(host);
        using var mce = await SignedInAsync(host, await host.CreateUserAsync("Comms", partner: CoalitionAccounts.Mce));
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);

        var day = await mce.Http.GetStringAsync($"/coalition?date={Local:yyyy-MM-dd}", TestContext.Current.CancellationToken);
        var ownProvenance = await ProvenanceAsync(mce, "");
        var iwfProvenance = await ProvenanceAsync(admin, "&partner=iwf");
        var calendar = await admin.Http.GetStringAsync($"/calendar?view=week&date={Local:yyyy-MM-dd}&partner=iwf", TestContext.Current.CancellationToken);
        var scopedCalendar = await mce.Http.GetStringAsync($"/calendar?view=week&date={Local:yyyy-MM-dd}", TestContext.Current.CancellationToken);

        Assert.Equal([$"missing-children-europe {shared} 09:30 mce-fr: fr; mce-nl: nl"], Rows(day));
        Assert.Empty(Silent(day));
        Assert.Equal(["mce-fr/fr", "mce-nl/nl"], ownProvenance);
        Assert.Equal(["iwf-uk/en"], iwfProvenance);
        Assert.Contains($"data-post=\"{iwfOnly}\"", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-post=\"{shared}\"", calendar, StringComparison.Ordinal);
        Assert.Contains($"data-post=\"{shared}\"", scopedCalendar, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-post=\"{iwfOnly}\"", scopedCalendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_scoped_to_a_partner_pauses_its_own_accounts_only()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        using var admin = await SignedInAsync(host, await host.CreateUserAsync("Admin", partner: CoalitionAccounts.Mce));

        using var own = await admin.PostJsonWithTokenAsync("/api/publishing/pause", new { scope = "account:mce-fr", reason = "checking" });
        using var other = await admin.PostJsonWithTokenAsync("/api/publishing/pause", new { scope = "account:ecpat-intl" });
        using var all = await admin.PostJsonWithTokenAsync("/api/publishing/pause", new { scope = "all" });
        var pauses = await admin.Http.GetFromJsonAsync<JsonElement>("/api/publishing/pauses", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(["account:mce-fr"], pauses.EnumerateArray().Select(p => p.GetProperty("scope").GetProperty("value").ToString()));
    }

    private static async Task<(string Shared, string IwfOnly)> TwoPostsAsync(WebTestHost host)
    {
        using var author = await SignedInAsync(host, await host.CreateUserAsync("Comms"));
        var shared = "shared-" + Guid.NewGuid().ToString("N")[..8];
        var iwfOnly = "iwf-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(shared, ComposeSteps.Field(Local), [CoalitionAccounts.Mce, CoalitionAccounts.Ecpat]));
        using var second = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(iwfOnly, ComposeSteps.Field(Local), [CoalitionAccounts.Iwf]));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        return (shared, iwfOnly);
    }

    private static async Task<AppClient> SignedInAsync(WebTestHost host, string userName, string password = WebTestHost.UserPassword)
    {
        var client = new AppClient(host);
        using var signedIn = await client.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static async Task<IReadOnlyList<string>> ProvenanceAsync(AppClient client, string query) =>
        [.. (await client.Http.GetFromJsonAsync<JsonElement>("/api/provenance?format=json" + query, TestContext.Current.CancellationToken)).EnumerateArray()
            .Select(r => $"{r.GetProperty("account")}/{r.GetProperty("locale")}").Order(StringComparer.Ordinal)];

    /// <summary>Each row of the day as "partner post time where".</summary>
    private static IReadOnlyList<string> Rows(string html) =>
        [.. DayRow().Matches(html).Select(m => $"{m.Groups["partner"].Value} {m.Groups["post"].Value} {m.Groups["time"].Value} {System.Net.WebUtility.HtmlDecode(m.Groups["where"].Value)}").Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Silent(string html) => [.. SilentPartner().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("""<tr data-partner="(?<partner>[^"]+)" data-post="(?<post>[^"]+)">\s*<td>[^<]*</td>\s*<td>(?<time>[^<]+)</td>\s*<td>.*?</td>\s*<td class="where">(?<where>[^<]*)</td>""", RegexOptions.Singleline)]
    private static partial Regex DayRow();

    [GeneratedRegex("""<li data-silent="([^"]+)">""")]
    private static partial Regex SilentPartner();
}
