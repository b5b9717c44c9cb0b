using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Coalition;

/// <summary>A person scoped to a partner sees and acts on that partner's publications only; another partner's ids answer 403 and change nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class PartnerScopedApiFacts
{
    private static readonly string Day = ComposeSteps.Field(ComposeSteps.LocalDayAhead(40, 9, 0));

    [Fact]
    public async Task A_scoped_comms_user_lists_and_cancels_only_its_partners_publications_and_forged_ids_change_nothing()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        var (shared, iwfOnly) = await TwoPostsAsync(host);
        using var mce = await SignedInAsync(host, await host.CreateUserAsync("Comms", partner: CoalitionAccounts.Mce));

        // Listed: Missing Children Europe's two publications of the shared post, nothing of IWF's post.
        Assert.Equal(["mce-fr/fr", "mce-nl/nl"], await ListAsync(mce, $"/api/publications?post={shared}"));
        Assert.Empty(await ListAsync(mce, $"/api/publications?post={iwfOnly}"));
        Assert.Empty(await ListAsync(mce, $"/api/publications?account=ecpat-intl"));

        // Forged ids of other partners: 403, and every publication is as it was.
        using var history = await mce.GetAsync($"/api/publications/{ComposeSteps.Campaign}/{shared}/ecpat-intl/en/history");
        using var retry = await mce.PostJsonWithTokenAsync($"/api/publications/{ComposeSteps.Campaign}/{shared}/ecpat-intl/en/retry", new { });
        using var cancelOther = await mce.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{iwfOnly}/cancel", new { reason = "forged" });
        using var cancelAccount = await mce.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{shared}/cancel", new { account = "ecpat-intl" });
        Assert.All([history, retry, cancelOther, cancelAccount], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);
        Assert.Equal(["ecpat-intl/en Scheduled", "ecpat-intl/es Scheduled", "mce-fr/fr Scheduled", "mce-nl/nl Scheduled"], await StatesAsync(admin, shared));
        Assert.Equal(["iwf-uk/en Scheduled"], await StatesAsync(admin, iwfOnly));

        // Cancelling the shared post cancels Missing Children Europe's publications; ECPAT's still go out.
        using var cancelled = await mce.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{shared}/cancel", new { reason = "not for us" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(["ecpat-intl/en Scheduled", "ecpat-intl/es Scheduled", "mce-fr/fr Cancelled", "mce-nl/nl Cancelled"], await StatesAsync(admin, shared));
    }

    [Fact]
    public async Task A_scoped_user_composes_for_its_own_partner_only()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        using var mce = await SignedInAsync(host, await host.CreateUserAsync("Comms", partner: CoalitionAccounts.Mce));
        var own = "own-" + Guid.NewGuid().ToString("N")[..8];
        var other = "other-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await mce.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(own, Day, [CoalitionAccounts.Mce]));
        using var refused = await mce.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(other, Day, [CoalitionAccounts.Mce], ["ecpat-intl"]));
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["mce-fr/fr Scheduled", "mce-nl/nl Scheduled"], await StatesAsync(admin, own));
        Assert.Empty(await StatesAsync(admin, other));
    }

    [Fact]
    public async Task With_approval_on_each_partner_approves_its_own_publications()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings(new() { ["Approval:Required"] = "true" }));
        var (shared, _) = await TwoPostsAsync(host);
        using var mce = await SignedInAsync(host, await host.CreateUserAsync("Comms", partner: CoalitionAccounts.Mce));
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var approved = await mce.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{shared}/approve/fr", new { });
        using var notTheirs = await mce.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{shared}/approve/en", new { });
        var approvers = (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/publications?post={shared}", TestContext.Current.CancellationToken))
            .EnumerateArray().ToDictionary(p => $"{p.GetProperty("key").GetProperty("account")}/{p.GetProperty("key").GetProperty("locale")}", p => p.GetProperty("approvedBy").ToString());

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.NotEqual("", approvers["mce-fr/fr"]);
        Assert.Equal("", approvers["ecpat-intl/en"]);
        Assert.Equal("", approvers["mce-nl/nl"]);
    }

    [Fact]
    public async Task An_admin_creates_a_user_scoped_to_a_partner_and_an_unknown_partner_is_refused()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        using var admin = await SignedInAsync(host, WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var created = await admin.PostJsonWithTokenAsync("/api/users", new { userName = "ecpat-comms", password = WebTestHost.UserPassword, role = "Comms", partner = "ecpat" });
        using var refused = await admin.PostJsonWithTokenAsync("/api/users", new { userName = "nobody", password = WebTestHost.UserPassword, role = "Comms", partner = "ecpt" });
        var users = await admin.Http.GetFromJsonAsync<JsonElement>("/api/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("ecpat", users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "ecpat-comms").GetProperty("partner").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Partner 'ecpt' does not exist", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("userName").GetString() == "nobody");
    }

    /// <summary>An unscoped author's post for Missing Children Europe and ECPAT, and one for IWF alone.</summary>
    private static async Task<(string Shared, string IwfOnly)> TwoPostsAsync(WebTestHost host)
    {
        using var author = await SignedInAsync(host, await host.CreateUserAsync("Comms"));
        var shared = "shared-" + Guid.NewGuid().ToString("N")[..8];
        var iwfOnly = "iwf-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(shared, Day, [CoalitionAccounts.Mce, CoalitionAccounts.Ecpat]));
        using var second = await author.PostJsonWithTokenAsync("/api/posts", CoalitionAccounts.Post(iwfOnly, Day, [CoalitionAccounts.Iwf]));
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

    private static async Task<IReadOnlyList<string>> ListAsync(AppClient client, string path) =>
        [.. (await client.Http.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken)).EnumerateArray()
            .Select(p => $"{p.GetProperty("key").GetProperty("account")}/{p.GetProperty("key").GetProperty("locale")}").Order(StringComparer.Ordinal)];

    private static async Task<IReadOnlyList<string>> StatesAsync(AppClient client, string post) =>
        [.. (await client.Http.GetFromJsonAsync<JsonElement>($"/api/publications?post={post}", TestContext.Current.CancellationToken)).EnumerateArray()
            .Select(p => $"{p.GetProperty("key").GetProperty("account")}/{p.GetProperty("key").GetProperty("locale")} {p.GetProperty("state")}").Order(StringComparer.Ordinal)];
}
