using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class ApiFacts(SharedWebApp app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_operations_for_scripts()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var document = JsonDocument.Parse(await client.Http.GetStringAsync("/api/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/publications", paths);
        Assert.Contains("/api/posts", paths);
        Assert.Contains("/api/posts/{campaign}/{postId}/approve/{locale}", paths);
        Assert.Contains("/api/publishing/pause", paths);
        Assert.Contains("/api/provenance", paths);
    }

    [Fact]
    public async Task A_post_made_through_the_api_is_rescheduled_and_cancelled_through_it()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "api-" + Guid.NewGuid().ToString("N")[..8];
        object Post(string at) => new
        {
            at, timeZone = "Europe/Paris", accounts = new[] { "outbox", "outbox-eu" }, locales = new[] { "fr" },
            text = new Dictionary<string, string> { ["fr"] = "Soutenez la proposition." },
        };

        var first = ComposeSteps.LocalDayAhead(400, 10, 0, "Europe/Paris");
        var second = ComposeSteps.LocalDayAhead(401, 11, 30, "Europe/Paris");
        using var created = await client.PostJsonWithTokenAsync("/api/posts", new { id, at = ComposeSteps.Field(first), timeZone = "Europe/Paris", accounts = new[] { "outbox", "outbox-eu" }, locales = new[] { "fr" }, text = new Dictionary<string, string> { ["fr"] = "Soutenez la proposition." } });
        using var moved = await client.SendWithTokenAsync(HttpMethod.Put, $"/api/posts/{id}", Post(ComposeSteps.Field(second)));
        var due = (await ListAsync(id)).Select(p => p.DueUtc).Distinct().Single();
        using var cancelled = await client.PostJsonWithTokenAsync($"/api/posts/{ComposeSteps.Campaign}/{id}/cancel", new { reason = "wrong day" });
        var publications = await client.Http.GetFromJsonAsync<JsonElement>($"/api/publications?post={id}", TestContext.Current.CancellationToken);
        using var badState = await client.GetAsync("/api/publications?state=Lost");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        Assert.Equal(ComposeSteps.Utc(second, "Europe/Paris"), due);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.All(publications.EnumerateArray(), p => Assert.Equal("Cancelled", p.GetProperty("state").ToString()));
        Assert.Equal(2, publications.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("'Lost' is not a publication state", await badState.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_publication_list_comes_in_pages_with_the_total_and_a_link_to_the_next_page()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "page-" + Guid.NewGuid().ToString("N")[..8];
        var at = ComposeSteps.LocalDayAhead(402, 9, 0, "Europe/Paris");
        using var created = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.Field(at), timeZone = "Europe/Paris", accounts = new[] { "outbox", "outbox-eu" }, locales = new[] { "fr", "nl" },
            text = new Dictionary<string, string> { ["fr"] = "Soutenez la proposition.", ["nl"] = "Steun het voorstel." },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var seen = new List<string>();
        var pages = 0;
        string? next = $"/api/publications?post={id}&limit=3";
        while (next is not null)
        {
            using var page = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("4", page.Headers.GetValues("X-Total-Count").Single());
            var items = await page.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            seen.AddRange(items.EnumerateArray().Select(p => p.GetProperty("key").ToString()));
            next = page.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            pages++;
        }

        using var tooMany = await client.GetAsync($"/api/publications?post={id}&limit=100000");
        using var before = await client.GetAsync($"/api/publications?post={id}&offset=-1");

        Assert.Equal(2, pages);
        Assert.Equal(4, seen.Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("use 1 to 5000", await tooMany.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("offset -1 is negative: use 0 or more", await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, (await ListAsync(id)).Count);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_refuse_framing()
    {
        using var client = new AppClient(app.Host);

        using var login = await client.GetAsync("/login");

        var csp = string.Join(" ", login.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", login.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(login.Headers.Contains("Strict-Transport-Security"), "HSTS is only for HTTPS responses");
    }

    private async Task<IReadOnlyList<PublicationRecord>> ListAsync(string postId) =>
        await app.Host.Services.GetRequiredService<IPublicationLedger>()
            .ListAsync(new PublicationFilter { PostId = postId }, TestContext.Current.CancellationToken);
}
