using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class DashboardRolesFacts(SharedWebApp app)
{
    [Theory]
    [InlineData("Designer")]
    [InlineData("Viewer")]
    public async Task Designers_and_viewers_are_refused_the_dashboard(string role)
    {
        using var client = await SignedInAsync(role);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/denied", response.Headers.Location!.OriginalString.Split('?')[0]);
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_with_its_command_buttons()
    {
        using var client = await SignedInAsync("Admin");

        var html = await client.Http.GetStringAsync("/hangfire/recurring", TestContext.Current.CancellationToken);

        Assert.Contains("SocialScheduler jobs", html);
        Assert.Contains("js-jobs-list-command", html);
    }

    [Fact]
    public async Task Comms_see_the_dashboard_without_command_buttons_and_their_commands_are_refused()
    {
        using var client = await SignedInAsync("Comms");

        var html = await client.Http.GetStringAsync("/hangfire/recurring", TestContext.Current.CancellationToken);
        using var trigger = await PostTriggerAsync(client, await DashboardTokenAsync(client));

        Assert.Contains("SocialScheduler jobs", html);
        Assert.DoesNotContain("js-jobs-list-command", html);
        Assert.Equal(HttpStatusCode.Unauthorized, trigger.StatusCode);
    }

    [Fact]
    public async Task A_dashboard_command_without_the_antiforgery_token_is_refused_even_for_an_admin()
    {
        using var client = await SignedInAsync("Admin");

        using var withoutToken = await PostTriggerAsync(client, token: null);
        using var withToken = await PostTriggerAsync(client, await DashboardTokenAsync(client));

        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
    }

    private async Task<AppClient> SignedInAsync(string role)
    {
        // A recurring job gives the recurring page a row, and so a "Trigger now" button for those allowed to use it.
        app.Host.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate("web-dashboard-check", () => Console.WriteLine("check"), Cron.Never());
        var client = new AppClient(app.Host);
        using var signedIn = await client.SignInAsync(await app.Host.CreateUserAsync(role), WebTestHost.UserPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    // The dashboard puts its token in a meta element for its own scripts.
    private static async Task<string> DashboardTokenAsync(AppClient client)
    {
        var html = await client.Http.GetStringAsync("/hangfire", TestContext.Current.CancellationToken);
        var match = System.Text.RegularExpressions.Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\">");
        Assert.True(match.Success, "The dashboard page carries no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static Task<HttpResponseMessage> PostTriggerAsync(AppClient client, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = "no-such-job" }),
        };
        if (token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", token);
        }

        return client.SendAsync(request);
    }
}
