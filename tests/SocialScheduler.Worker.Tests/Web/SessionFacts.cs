using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class SessionFacts(Browser browser)
{
    [Fact]
    public async Task An_expired_session_sends_the_user_to_sign_in_with_a_message_saying_so()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Auth:SessionMinutes"] = "30" }, time: time);
        var page = await browser.NewPageAsync(host);
        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, admin" })).ToBeVisibleAsync();

        time.Advance(TimeSpan.FromMinutes(31));
        await page.GotoAsync("/admin/users");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your session has expired. Sign in again to continue.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_per_minute_are_refused_with_a_message_even_with_the_right_password()
    {
        await using var host = await WebTestHost.StartAsync(new Dictionary<string, string?> { ["Auth:SignInAttemptsPerMinute"] = "3" });
        using var client = new AppClient(host);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await client.SignInAsync("someone", "a wrong password here");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var refused = await client.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);
        var page = await browser.NewPageAsync(host);
        await page.GotoAsync(refused.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Too many sign-in attempts");
    }

    [Fact]
    public async Task Ten_wrong_passwords_make_the_next_attempt_wait_with_a_message_saying_how_long()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await using var host = await WebTestHost.StartAsync(time: time, services: s => s.AddSingleton<TimeProvider>(time));
        var userName = await host.CreateUserAsync("Comms");
        var page = await browser.NewPageAsync(host);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await page.SignInAsync(userName, "a wrong password here");
        }

        await page.SignInAsync(userName, WebTestHost.UserPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Too many sign-in attempts. Wait 1 second, then try again.");
    }
}
