using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Worker.Tests.Web.Support;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Tests.Web.Security;

/// <summary>A frozen clock: a wait the throttle asks for never ends by itself during a test.</summary>
[Collection(WebCollection.Name)]
public sealed partial class SignInThrottlingFacts
{
    private const string Wrong = "a wrong password here";

    [Fact]
    public async Task Five_anonymous_wrong_passwords_do_not_stop_the_real_user_signing_in()
    {
        await using var host = await StartAsync(new CountingHasher());
        var userName = await host.CreateUserAsync("Admin");
        using var stranger = new AppClient(host);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await stranger.SignInAsync(userName, Wrong, remoteAddress: "203.0.113.5");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var owner = new AppClient(host);
        using var signedIn = await owner.SignInAsync(userName, WebTestHost.UserPassword, remoteAddress: "198.51.100.7");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_answer_and_both_check_a_password_hash()
    {
        var hasher = new CountingHasher();
        await using var host = await StartAsync(hasher);
        var userName = await host.CreateUserAsync("Comms");
        using var client = new AppClient(host);

        var before = hasher.Verifications;
        using var known = await client.SignInAsync(userName, Wrong, remoteAddress: "203.0.113.6");
        var afterKnown = hasher.Verifications;
        using var unknown = await client.SignInAsync("nobody-" + userName, Wrong, remoteAddress: "203.0.113.7");
        var afterUnknown = hasher.Verifications;

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await ErrorOfAsync(known), await ErrorOfAsync(unknown));
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(1, afterUnknown - afterKnown);
    }

    [Fact]
    public async Task Many_wrong_passwords_for_a_name_slow_it_down_with_the_same_message_whether_it_exists_or_not()
    {
        await using var host = await StartAsync(new CountingHasher());
        var userName = await host.CreateUserAsync("Comms");
        using var client = new AppClient(host);
        var answers = new List<string>();
        foreach (var name in new[] { userName, "nobody-" + userName })
        {
            for (var attempt = 0; attempt < 10; attempt++)
            {
                using var wrong = await client.SignInAsync(name, Wrong, remoteAddress: $"203.0.113.{20 + attempt}");
            }

            using var slowed = await client.SignInAsync(name, WebTestHost.UserPassword, remoteAddress: "203.0.113.99");
            answers.Add(await ErrorOfAsync(slowed));
        }

        Assert.Contains("Too many sign-in attempts", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_password_page_are_counted_like_sign_in_failures()
    {
        await using var host = await StartAsync(new CountingHasher());
        var userName = await host.CreateUserAsync("Comms");
        using var client = new AppClient(host);
        await client.SignInAsync(userName, WebTestHost.UserPassword);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var wrong = await ChangeAsync(client, Wrong);
            Assert.Contains("Incorrect password", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var refused = await ChangeAsync(client, WebTestHost.UserPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Too many", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChangeAsync(AppClient client, string current) =>
        SignOutFacts.PostFormAsync(client, "/account/password", "/account/password", new()
        {
            ["current"] = current, ["next"] = "another long passphrase", ["again"] = "another long passphrase",
        });

    private static Task<WebTestHost> StartAsync(CountingHasher hasher)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        return WebTestHost.StartAsync(time: time, services: services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IPasswordHasher<WebUser>>(hasher);
        });
    }

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        var match = Alert().Match(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(match.Success, "The answer has no error message.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex Alert();

    private sealed class CountingHasher : IPasswordHasher<WebUser>
    {
        private readonly PasswordHasher<WebUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(WebUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(WebUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
