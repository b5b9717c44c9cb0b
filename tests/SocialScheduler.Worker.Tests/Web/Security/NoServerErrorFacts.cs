using System.Net;
using System.Net.Http.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Security;

[Collection(WebCollection.Name)]
public sealed class NoServerErrorFacts(SharedWebApp app)
{
    [Theory]
    [InlineData("""{"id":"nulls-a","at":"2027-10-01T10:00","timeZone":"Europe/Brussels","accounts":null,"locales":["en"],"text":{"en":"Hi."}}""", "accounts")]
    [InlineData("""{"id":"nulls-b","at":"2027-10-01T10:00","timeZone":"Europe/Brussels","accounts":["outbox"],"locales":["en"],"card":"reports-2021","text":{"en":"Hi."},"alt":{"en":null}}""", "alt.en")]
    [InlineData("""{"id":"nulls-c","at":"2027-10-01T10:00","timeZone":"Europe/Brussels","accounts":["outbox"],"locales":null,"text":null}""", "locales")]
    public async Task Nulls_in_a_post_are_refused_as_problem_json_naming_the_field(string body, string field)
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var token = await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/posts") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(token!["headerName"], token["token"]);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/calendar?date=9999-12-31")]
    [InlineData("/calendar?date=9999-12-31&view=month")]
    [InlineData("/calendar?date=0001-01-01&view=month")]
    [InlineData("/calendar?date=0001-01-01")]
    public async Task A_calendar_date_at_the_ends_of_time_is_refused_with_a_message(string path)
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be between", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_get_on_a_dashboard_command_is_refused_without_a_server_error()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var response = await client.GetAsync("/hangfire/jobs/enqueued/delete");

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
