using System.Net;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>
/// Hangfire lets local requests into its dashboard by default; behind a reverse proxy every request is local. Here
/// locality must not matter: loopback and "remote" anonymous callers are refused alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class NobodyAnonymousGetsInFacts(SharedWebApp app)
{
    // "" keeps the real loopback address of the connection; the others pretend to come from there.
    public static TheoryData<string> Addresses => ["", "127.0.0.1", "::1", "203.0.113.9"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task The_job_dashboard_sends_an_anonymous_caller_to_sign_in_whatever_their_address(string address)
    {
        using var client = new AppClient(app.Host);

        foreach (var path in new[] { "/hangfire", "/hangfire/jobs/scheduled", "/hangfire/stats" })
        {
            using var response = await client.GetAsync(path, NullIfEmpty(address));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login", response.Headers.Location!.OriginalString.Split('?')[0]);
        }
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task An_anonymous_post_to_a_dashboard_command_changes_nothing(string address)
    {
        using var client = new AppClient(app.Host);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = "any" }),
        };

        using var response = await client.SendAsync(request, NullIfEmpty(address));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/account/password")]
    [InlineData("/no-such-page")]
    public async Task Every_page_sends_an_anonymous_visitor_to_sign_in(string path)
    {
        using var client = new AppClient(app.Host);

        using var response = await client.GetAsync(path, "203.0.113.9");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.OriginalString.Split('?')[0]);
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/users")]
    [InlineData("/api/openapi/v1.json")]
    public async Task The_api_answers_an_anonymous_script_401_with_a_problem_body(string path)
    {
        using var client = new AppClient(app.Host);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign-in required", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string? NullIfEmpty(string address) => address.Length == 0 ? null : address;
}
