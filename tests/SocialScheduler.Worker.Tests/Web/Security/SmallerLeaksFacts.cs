using System.Net;
using System.Text.Json;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Security;

[Collection(WebCollection.Name)]
public sealed class SmallerLeaksFacts(SharedWebApp app)
{
    [Fact]
    public async Task A_foreign_host_header_never_appears_in_a_redirect()
    {
        using var client = new AppClient(app.Host);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/calendar");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_host_outside_allowed_hosts_is_refused()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = "scheduler.example.org;127.0.0.1" });
        using var client = new AppClient(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Host = "evil.example";

        using var refused = await client.SendAsync(request);
        using var allowed = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Theory]
    [InlineData("account:no-such-account")]
    [InlineData("campaign:<script>alert(1)</script>")]
    public async Task A_pause_of_something_that_does_not_exist_is_refused_and_not_stored(string scope)
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var refused = await client.PostJsonWithTokenAsync("/api/publishing/pause", new { scope, reason = "test" });
        var pauses = await client.Http.GetStringAsync("/api/publishing/pauses", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain(scope.Split(':')[1], pauses, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_tells_anonymous_callers_only_the_status_and_admins_the_details()
    {
        using var anonymous = new AppClient(app.Host);
        using var admin = new AppClient(app.Host);
        await admin.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var brief = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
        using var full = JsonDocument.Parse(await admin.Http.GetStringAsync("/healthz", TestContext.Current.CancellationToken));

        Assert.Equal(["status"], brief.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(full.RootElement.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Answers_with_personal_data_are_not_stored_by_caches_and_no_server_header_is_sent()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        using var users = await client.GetAsync("/api/users");
        using var provenance = await client.GetAsync("/api/provenance?format=csv");

        Assert.All([users, provenance], r => Assert.True(r.Headers.CacheControl?.NoStore, $"{r.RequestMessage!.RequestUri} has no Cache-Control: no-store"));
        Assert.All([users, provenance], r => Assert.Empty(r.Headers.Server));
    }

    [Fact]
    public async Task The_database_and_its_write_ahead_log_are_readable_by_the_service_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var client = new AppClient(app.Host);
        await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        using var created = await client.PostJsonWithTokenAsync("/api/posts", BoundedInputFacts.Post("mode-" + Guid.NewGuid().ToString("N")[..8]));

        var database = Path.Combine(app.Host.Folder, "socialscheduler.db");
        var files = new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).ToList();
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{file} is {File.GetUnixFileMode(file)}");
        }
    }
}
