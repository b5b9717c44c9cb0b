using System.Net;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>Behind a reverse proxy: whose address sign-in throttling counts and whether the session cookie is Secure.</summary>
[Collection(WebCollection.Name)]
public sealed class ForwardedHeadersFacts
{
    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_address_has_its_own_sign_in_limit()
    {
        await using var host = await StartAsync(("Web:ForwardedHeaders:Enabled", "true"));
        using var client = new AppClient(host);

        await WrongSignInAsync(client, "203.0.113.1");
        await WrongSignInAsync(client, "203.0.113.1");
        using var third = await WrongSignInAsync(client, "203.0.113.1");
        using var other = await WrongSignInAsync(client, "203.0.113.2");

        Assert.Equal("/login?throttled=true", third.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task By_default_a_forwarded_address_is_not_believed_so_it_cannot_dodge_the_limit()
    {
        await using var host = await StartAsync();
        using var client = new AppClient(host);

        await WrongSignInAsync(client, "203.0.113.1");
        await WrongSignInAsync(client, "203.0.113.2");
        using var third = await WrongSignInAsync(client, "203.0.113.3");

        Assert.Equal("/login?throttled=true", third.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_proxy_that_is_not_listed_is_ignored()
    {
        await using var host = await StartAsync(("Web:ForwardedHeaders:Enabled", "true"), ("Web:ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        using var client = new AppClient(host);

        await WrongSignInAsync(client, "203.0.113.1");
        await WrongSignInAsync(client, "203.0.113.2");
        using var third = await WrongSignInAsync(client, "203.0.113.3");

        Assert.Equal("/login?throttled=true", third.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Behind_a_trusted_https_proxy_the_session_cookie_is_secure(bool enabled, bool secure)
    {
        await using var host = await StartAsync(("Web:ForwardedHeaders:Enabled", enabled ? "true" : "false"));
        using var client = new AppClient(host);

        using var signedIn = await SignInAsync(client, WebTestHost.AdminName, WebTestHost.AdminPassword, "203.0.113.9", "https");

        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("socialscheduler.session=", StringComparison.Ordinal));
        Assert.Equal(secure, session.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_start_with_the_setting_named()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(("Web:ForwardedHeaders:Enabled", "true"), ("Web:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")));

        Assert.Contains("Web:ForwardedHeaders:KnownNetworks:0 '10.0.0.0/33' is not a network", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KnownProxies:0", "proxy.local", "Web:ForwardedHeaders:KnownProxies:0 'proxy.local' is not an IP address")]
    [InlineData("ForwardLimit", "0", "Web:ForwardedHeaders:ForwardLimit must be between 1 and 10")]
    public async Task A_bad_proxy_address_or_forward_limit_stops_the_start_with_the_setting_named(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(("Web:ForwardedHeaders:Enabled", "true"), ($"Web:ForwardedHeaders:{key}", value)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Task<WebTestHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Auth:SignInAttemptsPerMinute"] = "2" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return WebTestHost.StartAsync(values);
    }

    private static Task<HttpResponseMessage> WrongSignInAsync(AppClient client, string forwardedFor) =>
        SignInAsync(client, "nobody-" + forwardedFor, "not the password at all", forwardedFor, "http");

    private static async Task<HttpResponseMessage> SignInAsync(AppClient client, string userName, string password, string forwardedFor, string scheme)
    {
        var token = await client.FormTokenAsync("/login");
        var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await client.SendAsync(request);
    }
}
