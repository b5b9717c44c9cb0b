using System.Net;
using System.Text;
using System.Web;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Platforms.Tests.Fakes.Mastodon;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Accounts;

/// <summary>A Mastodon account of a loopback instance connected through the API, used by a schedule file, revoked and reconnected.</summary>
[Collection(WebCollection.Name)]
public sealed class ConnectedMastodonAccountFacts
{
    [Fact]
    public async Task An_account_connected_through_the_api_publishes_a_schedule_file_s_post_and_a_reconnect_sends_the_post_held_by_a_revoked_token_once()
    {
        await using var instance = new MastodonFake("not-the-connected-token");
        await instance.StartAsync();
        await using var host = await WebTestHost.StartAsync();
        using var admin = new AppClient(host);
        await admin.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var body = new { name = "ecpat-mastodon", platform = "Mastodon", baseUrl = instance.BaseUrl, partner = "ecpat", locales = new[] { "en" } };

        // Connect: least scopes, an S256 challenge, a state, and the callback under this service's address.
        var (authorize, callback) = await AccountSteps.StartAsync(admin, body);
        var asked = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("write:statuses write:media read:statuses profile", asked["scope"]);
        Assert.Equal("S256", asked["code_challenge_method"]);
        Assert.Equal(new Uri(host.BaseAddress, "/accounts/callback/mastodon").AbsoluteUri, asked["redirect_uri"]);
        Assert.Contains("ecpat-mastodon is connected as @campaign@127.0.0.1", await AccountSteps.CallbackAsync(admin, callback), StringComparison.Ordinal);

        // The same answer again (a replayed state) is refused and changes nothing.
        Assert.Contains("does not match a connection you started", await AccountSteps.CallbackAsync(admin, callback), StringComparison.Ordinal);
        var listed = await AccountSteps.AccountAsync(admin, "ecpat-mastodon");
        Assert.Equal("Connected", listed.GetProperty("state").GetString());
        Assert.Equal("connected", listed.GetProperty("source").GetString());
        Assert.Equal("ecpat", listed.GetProperty("partner").GetString());
        var token = Assert.Single(instance.Issued).Token;

        // A schedule file names it; its post goes out with the issued token.
        var first = "acc-" + Guid.NewGuid().ToString("N")[..8];
        AccountSteps.Schedule(host, first, "ecpat-mastodon", "Support the EU proposal. One.", TimeProvider.System.GetUtcNow().AddSeconds(5));
        await AccountSteps.WaitForStateAsync(host, first, PublicationState.Published);
        Assert.Single(instance.Statuses, s => s.Text.StartsWith("Support the EU proposal. One.", StringComparison.Ordinal));
        Assert.Contains(instance.Raw, r => r.Contains("Bearer " + token, StringComparison.Ordinal) && r.Contains("\"status\"", StringComparison.Ordinal));

        // The token is nowhere in plain text: not in the database files, the Accounts page, the list or the provenance export.
        foreach (var file in new[] { "socialscheduler.db", "socialscheduler.db-wal" }.Select(f => Path.Combine(host.Folder, f)).Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(token, Encoding.Latin1.GetString(bytes.ToArray()), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/admin/accounts", "/api/accounts", "/api/provenance?format=csv", "/api/provenance" })
        {
            Assert.DoesNotContain(token, await admin.Http.GetStringAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // Revoked on the instance: the next post waits in NeedsAttention with a link to reconnect.
        instance.Revoke(token);
        var second = "acc-" + Guid.NewGuid().ToString("N")[..8];
        AccountSteps.Schedule(host, second, "ecpat-mastodon", "Support the EU proposal. Two.", TimeProvider.System.GetUtcNow().AddSeconds(5));
        var held = await AccountSteps.WaitForStateAsync(host, second, PublicationState.NeedsAttention);
        Assert.Contains("/admin/accounts", held.Message, StringComparison.Ordinal);

        // Reconnected: the held post goes out once, with the new token.
        var (_, again) = await AccountSteps.StartAsync(admin, body);
        Assert.Contains("1 held publications are sent now", await AccountSteps.CallbackAsync(admin, again), StringComparison.Ordinal);
        await AccountSteps.WaitForStateAsync(host, second, PublicationState.Published);
        Assert.Single(instance.Statuses, s => s.Text.StartsWith("Support the EU proposal. Two.", StringComparison.Ordinal));
        Assert.Equal(1, instance.AppsRegistered);
    }

    [Fact]
    public async Task Bad_input_gets_a_problem_with_a_sentence_and_leaves_every_account_as_it_was()
    {
        await using var instance = new MastodonFake("not-the-connected-token");
        await instance.StartAsync();
        await using var host = await WebTestHost.StartAsync();
        using var admin = new AppClient(host);
        await admin.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var before = await admin.Http.GetStringAsync("/api/accounts", TestContext.Current.CancellationToken);

        using var notHttp = await admin.PostJsonWithTokenAsync("/api/accounts", new { name = "m1", platform = "Mastodon", baseUrl = "ftp://mastodon.example/" });
        using var configured = await admin.PostJsonWithTokenAsync("/api/accounts", new { name = "mastodon", platform = "Mastodon", baseUrl = instance.BaseUrl });
        using var unknown = await admin.PostJsonWithTokenAsync("/api/accounts", new { name = "m2", platform = "Myspace" });
        instance.DenyNext = true;
        var (_, denied) = await AccountSteps.StartAsync(admin, new { name = "m3", platform = "Mastodon", baseUrl = instance.BaseUrl });
        var deniedPage = await AccountSteps.CallbackAsync(admin, denied);
        var forged = await AccountSteps.CallbackAsync(admin, new Uri("/accounts/callback/mastodon?code=abc&state=forged", UriKind.Relative).MakeAbsolute(host.BaseAddress));
        using var disconnectConfigured = await admin.SendWithTokenAsync(HttpMethod.Delete, "/api/accounts/mastodon", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notHttp.StatusCode);
        Assert.Equal("application/problem+json", notHttp.Content.Headers.ContentType!.MediaType);
        Assert.Contains("is not an http(s) address", await notHttp.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("comes from configuration", await configured.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("cannot be connected here", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("m3 was not connected: the authorization was denied on the platform", deniedPage, StringComparison.Ordinal);
        Assert.Contains("does not match a connection you started", forged, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, disconnectConfigured.StatusCode);
        Assert.Equal(before, await admin.Http.GetStringAsync("/api/accounts", TestContext.Current.CancellationToken));
        Assert.Empty(instance.Issued);
    }

    [Fact]
    public async Task Only_an_admin_reads_or_changes_accounts()
    {
        await using var host = await WebTestHost.StartAsync();
        foreach (var role in new[] { "Viewer", "Designer", "Comms" })
        {
            using var user = new AppClient(host);
            await user.SignInAsync(await host.CreateUserAsync(role), WebTestHost.UserPassword);

            using var list = await user.GetAsync("/api/accounts");
            using var connect = await user.PostJsonWithTokenAsync("/api/accounts", new { name = "m1", platform = "Mastodon", baseUrl = "https://mastodon.example/" });
            using var check = await user.PostJsonWithTokenAsync("/api/accounts/outbox/check", new { });
            using var disconnect = await user.SendWithTokenAsync(HttpMethod.Delete, "/api/accounts/outbox", new { });
            using var page = await user.GetAsync("/admin/accounts");

            Assert.All(new[] { list, connect, check, disconnect }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
            Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        }
    }
}

internal static class UriExtensions
{
    public static Uri MakeAbsolute(this Uri relative, Uri root) => new(root, relative);
}
