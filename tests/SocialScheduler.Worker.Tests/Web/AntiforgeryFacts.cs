using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class AntiforgeryFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task A_form_posted_without_its_token_is_refused_with_a_message_and_creates_nothing()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await page.GotoAsync("/admin/users");
        var userName = "forged-" + Guid.NewGuid().ToString("N")[..8];

        // What a forged cross-site form would send: the session cookie, but not the page's token.
        await page.Locator("form.stacked input[name=__RequestVerificationToken]").EvaluateAsync("e => e.remove()");
        await page.Locator("form.stacked input[name=userName]").FillAsync(userName);
        await page.Locator("form.stacked input[name=password]").FillAsync(WebTestHost.UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Form expired" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByText(userName)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_api_call_that_changes_state_needs_the_token_header_and_says_where_to_get_it()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var userName = "api-" + Guid.NewGuid().ToString("N")[..8];
        var body = new { userName, password = WebTestHost.UserPassword, role = "Viewer" };

        using var refused = await client.Http.PostAsJsonAsync("/api/users", body, TestContext.Current.CancellationToken);
        var problem = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = await client.Http.GetFromJsonAsync<TokenBody>("/api/antiforgery", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(body) };
        request.Headers.Add(token!.HeaderName, token.Token);
        using var accepted = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET /api/antiforgery", problem);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private sealed record TokenBody(string HeaderName, string Token);
}
