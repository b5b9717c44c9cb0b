using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Security;

[Collection(WebCollection.Name)]
public sealed class BoundedInputFacts(SharedWebApp app)
{
    [Fact]
    public async Task A_text_over_the_hard_cap_is_refused_with_its_field_named_whatever_the_platform()
    {
        using var client = await ComposerAsync();

        using var refused = await client.PostJsonWithTokenAsync("/api/posts", Post("cap-" + Suffix(), text: new string('a', 20_001)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("20000", await ErrorsOfAsync(refused, "text.en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_body_over_the_limit_gets_413()
    {
        using var client = await ComposerAsync();

        var token = await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery", TestContext.Current.CancellationToken);

        // Waits for the server's answer before sending the 10 MB, as curl does, so the 413 is read rather than a broken pipe.
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = client.Cookies, Expect100ContinueTimeout = TimeSpan.FromMinutes(2) })
        {
            BaseAddress = app.Host.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/posts")
        {
            Content = new StringContent(JsonSerializer.Serialize(Post("huge-" + Suffix(), text: new string('a', 10 * 1024 * 1024))), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(token!["headerName"], token["token"]);
        request.Headers.ExpectContinue = true;

        using var refused = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task A_null_byte_a_long_id_and_a_time_beyond_the_horizon_are_refused_on_their_fields()
    {
        using var client = await ComposerAsync();

        using var nul = await client.PostJsonWithTokenAsync("/api/posts", Post("nul-" + Suffix(), text: "Protect\0 children."));
        using var longId = await client.PostJsonWithTokenAsync("/api/posts", Post("id-" + new string('x', 120)));
        using var far = await client.PostJsonWithTokenAsync("/api/posts", Post("far-" + Suffix(), at: ComposeSteps.Field(ComposeSteps.LocalDayAhead(3 * 365, 10, 0))));

        Assert.Contains("null", await ErrorsOfAsync(nul, "text.en"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("100", await ErrorsOfAsync(longId, "id"), StringComparison.Ordinal);
        Assert.Contains("Schedules:MaxHorizon", await ErrorsOfAsync(far, "at"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_name_over_its_cap_is_refused()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var refused = await client.PostJsonWithTokenAsync("/api/users", new { userName = new string('u', 300), password = WebTestHost.UserPassword, role = "Viewer" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("64", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    internal static object Post(string id, string text = "Protect children online.", string? at = null) => new
    {
        id,
        at = at ?? ComposeSteps.Field(ComposeSteps.LocalDayAhead(310, 10, 0)),
        timeZone = "Europe/Brussels",
        accounts = new[] { "outbox" },
        locales = new[] { "en" },
        text = new Dictionary<string, string> { ["en"] = text },
    };

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<string> ErrorsOfAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"No error on {field}: {problem.RootElement}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    private async Task<AppClient> ComposerAsync()
    {
        var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        return client;
    }
}
