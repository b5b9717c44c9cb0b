using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Tests.Fakes;
using SocialScheduler.Platforms.Tests.Fakes.Mastodon;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Mastodon;

/// <summary>Connecting a Mastodon account against a loopback instance that enforces the OAuth contract.</summary>
public sealed class MastodonConnectFacts : IAsyncLifetime
{
    private static readonly Uri Callback = new("http://127.0.0.1:5080/accounts/callback/mastodon");
    private readonly MastodonFake _instance = new("configured-token");
    private ServiceProvider _services = null!;
    private HttpClient _browser = null!;

    public async ValueTask InitializeAsync()
    {
        await _instance.StartAsync();
        var keys = Directory.CreateTempSubdirectory("socialscheduler-keys-").FullName;
        _services = Services.Build(new Dictionary<string, string?> { ["DataProtection:KeysPath"] = keys, ["Tokens:Path"] = Path.Combine(keys, "tokens") });
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
    }

    private IAccountConnector Connector => _services.GetServices<IAccountConnector>().Single(c => c.Platform == "Mastodon");

    [Fact]
    public async Task A_connection_asks_the_least_scopes_with_an_S256_challenge_and_registers_the_app_once_per_instance()
    {
        var first = await Connector.StartAsync(new("campaign", _instance.BaseUrl), Callback, TestContext.Current.CancellationToken);
        var second = await Connector.StartAsync(new("campaign-2", _instance.BaseUrl), Callback, TestContext.Current.CancellationToken);

        var query = System.Web.HttpUtility.ParseQueryString(first.AuthorizeUrl.Query);
        Assert.Equal("write:statuses write:media read:statuses profile", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"]!.Length);
        Assert.Equal(first.State, query["state"]);
        Assert.NotEqual(first.State, second.State);
        Assert.Equal(1, _instance.AppsRegistered);
    }

    [Fact]
    public async Task The_issued_token_publishes_and_is_what_the_account_settings_hold()
    {
        var obtained = await ConnectAsync();
        await ConnectAsync("campaign");

        Assert.Equal("@campaign@127.0.0.1", obtained.SignedInAs);
        var (token, scopes) = _instance.Issued.First();
        Assert.Equal(token, obtained.Values["AccessToken"]);
        Assert.Equal(["write:statuses", "write:media", "read:statuses", "profile"], scopes);
        var result = await _services.GetRequiredService<IPublisherResolver>().ForAccount("campaign")
            .PublishAsync(Some.Post("campaign", "en"), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(_instance.Raw, r => r.Contains("POST", StringComparison.Ordinal) || r.Contains("Bearer " + _instance.Issued.Last().Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_verifier_that_does_not_match_the_challenge_is_refused_and_no_token_is_issued()
    {
        var started = await Connector.StartAsync(new("campaign", _instance.BaseUrl), Callback, TestContext.Current.CancellationToken);
        var code = await SignInAsync(started);
        var tampered = started with { Kept = new Dictionary<string, string>(started.Kept) { ["code_verifier"] = new string('a', 43) } };

        var refused = await Assert.ThrowsAsync<AccountConnectException>(() => Connector.CompleteAsync(tampered, code, TestContext.Current.CancellationToken));

        Assert.Contains("refused issuing the token", refused.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_grant", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_instance.Issued);
    }

    [Fact]
    public async Task An_instance_older_than_4_3_is_asked_read_accounts_without_PKCE()
    {
        _instance.Pre43 = true;

        var obtained = await ConnectAsync();

        Assert.Equal(["write:statuses", "write:media", "read:statuses", "read:accounts"], _instance.Issued.Single().Scopes);
        Assert.Equal("@campaign@127.0.0.1", obtained.SignedInAs);
    }

    [Theory]
    [InlineData("ftp://mastodon.example/", "is not an http(s) address")]
    [InlineData("mailto:someone@example.org", "is not an http(s) address")]
    public async Task An_instance_address_that_is_not_http_is_refused_before_any_call(string address, string expected)
    {
        var refused = await Assert.ThrowsAsync<AccountConnectException>(() => Connector.StartAsync(new("campaign", new Uri(address)), Callback, TestContext.Current.CancellationToken));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.Empty(_instance.Received);
    }

    [Fact]
    public async Task An_instance_answering_garbage_is_refused_with_a_sentence_and_nothing_registered()
    {
        _instance.FailNext("/.well-known/oauth-authorization-server", Fault.GarbledSuccess);

        var refused = await Assert.ThrowsAsync<AccountConnectException>(() => Connector.StartAsync(new("campaign", _instance.BaseUrl), Callback, TestContext.Current.CancellationToken));

        Assert.Contains("did not answer like a Mastodon instance", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _instance.AppsRegistered);
    }

    [Fact]
    public async Task A_posting_only_token_leaves_reconciliation_to_a_person_instead_of_refusing_the_credentials()
    {
        _instance.AddToken("write-only", "write:statuses", "write:media");
        using var harness = new PlatformHarness("old", new Dictionary<string, string?>
        {
            ["Platform"] = "Mastodon", ["BaseUrl"] = _instance.BaseUrl.ToString(), ["AccessToken"] = "write-only", ["Timeout"] = "00:01:00",
        });

        var found = await harness.Finder.FindAsync(Some.Post("old", "en"), TestContext.Current.CancellationToken);
        var check = await ((IAccountVerifier)harness.Publisher).VerifyAsync("old", TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Unknown, found!.Failure);
        Assert.Contains("may post but not read", found.Message, StringComparison.Ordinal);
        Assert.False(check.Ok);
        Assert.Contains("connect it again", check.Detail, StringComparison.Ordinal);
        Assert.True((await harness.PublishAsync()).Succeeded);
    }

    [Fact]
    public async Task A_status_goes_out_with_Content_Length_not_chunked()
    {
        using var harness = new PlatformHarness("campaign", new Dictionary<string, string?>
        {
            ["Platform"] = "Mastodon", ["BaseUrl"] = _instance.BaseUrl.ToString(), ["AccessToken"] = "configured-token", ["Timeout"] = "00:01:00",
        });

        var result = await harness.PublishAsync();

        Assert.True(result.Succeeded, result.ToString());
        var status = _instance.Raw.Single(r => r.Contains("\"status\"", StringComparison.Ordinal));
        Assert.Contains("Content-Length: ", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Transfer-Encoding: chunked", status, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<ObtainedCredentials> ConnectAsync(string name = "campaign")
    {
        var started = await Connector.StartAsync(new(name, _instance.BaseUrl), Callback, TestContext.Current.CancellationToken);
        var obtained = await Connector.CompleteAsync(started, await SignInAsync(started), TestContext.Current.CancellationToken);
        var credentials = _services.GetRequiredService<AccountCredentials>();
        await _services.GetRequiredService<IConnectedAccountStore>().SaveAsync(
            new ConnectedAccount(name, "Mastodon", obtained.BaseUrl) { ProtectedCredentials = credentials.Protect(obtained.Values) }, TestContext.Current.CancellationToken);
        return obtained;
    }

    /// <summary>What the browser does: opens the authorize URL, and is sent back to the callback with a code and the state.</summary>
    private async Task<string> SignInAsync(AuthorizationStart started)
    {
        using var answer = await _browser.GetAsync(started.AuthorizeUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var back = answer.Headers.Location!;
        Assert.StartsWith(Callback.AbsoluteUri, back.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(back.Query);
        Assert.Equal(started.State, query["state"]);
        return query["code"]!;
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _services.DisposeAsync();
        await _instance.DisposeAsync();
    }
}
