using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Tests.Fakes.LinkedIn;
using SocialScheduler.Platforms.Tests.Fakes.Mastodon;
using SocialScheduler.Platforms.Tests.Fakes.X;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests;

public sealed class AccountsCheckFacts : IAsyncLifetime
{
    private readonly XFake _x = new("ck", "cs", "at", "ats");
    private readonly MastodonFake _mastodon = new("mastodon-token");
    private readonly LinkedInFake _linkedIn = new("linkedin-token", "urn:li:person:abc123");
    private readonly string _outbox = Directory.CreateTempSubdirectory("outbox-").FullName;

    public async ValueTask InitializeAsync()
    {
        await _x.StartAsync();
        await _mastodon.StartAsync();
        await _linkedIn.StartAsync();
    }

    [Fact]
    public async Task Each_account_gets_one_line_saying_OK_or_what_is_wrong_and_what_to_do()
    {
        using var provider = Services.Build(new Dictionary<string, string?>
        {
            ["Outbox:Path"] = _outbox,
            ["Accounts:outbox:Platform"] = "Outbox",
            ["Accounts:x-main:Platform"] = "X",
            ["Accounts:x-main:BaseUrl"] = _x.BaseUrl.ToString(),
            ["Accounts:x-main:ConsumerKey"] = "ck",
            ["Accounts:x-main:ConsumerSecret"] = "cs",
            ["Accounts:x-main:AccessToken"] = "at",
            ["Accounts:x-main:AccessTokenSecret"] = "ats",
            ["Accounts:x-other:Platform"] = "X",
            ["Accounts:x-other:ConsumerSecret"] = "cs",
            ["Accounts:x-other:AccessToken"] = "at",
            ["Accounts:x-other:AccessTokenSecret"] = "ats",
            ["Accounts:mastodon-eu:Platform"] = "Mastodon",
            ["Accounts:mastodon-eu:BaseUrl"] = _mastodon.BaseUrl.ToString(),
            ["Accounts:mastodon-eu:AccessToken"] = "revoked-token",
            ["Accounts:linkedin:Platform"] = "LinkedIn",
            ["Accounts:linkedin:BaseUrl"] = _linkedIn.BaseUrl.ToString(),
            ["Accounts:linkedin:AccessToken"] = "linkedin-token",
            ["Accounts:linkedin:Author"] = "urn:li:person:abc123",
        });

        var lines = (await provider.GetRequiredService<AccountsCheck>().RunAsync(TestContext.Current.CancellationToken)).Select(l => l.ToString()).ToList();

        Assert.Equal(
        [
            $"linkedin\tLinkedIn\tOK\tmay upload and post as urn:li:person:abc123 (API version 202610)",
            "mastodon-eu\tMastodon\tFAILED\tMastodon answered HTTP 401: The access token is invalid Check the account's AccessToken and its write scopes.",
            $"outbox\tOutbox\tOK\twrites to {Path.Combine(_outbox, "outbox")}",
            "x-main\tX\tOK\tsigned in as @campaign",
            "x-other\tX\tFAILED\tAccounts:x-other:ConsumerKey is missing: set it with user-secrets or the environment variable Accounts__x-other__ConsumerKey.",
        ], lines);
    }

    public async ValueTask DisposeAsync()
    {
        await _x.DisposeAsync();
        await _mastodon.DisposeAsync();
        await _linkedIn.DisposeAsync();
        Directory.Delete(_outbox, recursive: true);
    }
}
