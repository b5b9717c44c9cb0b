using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class SignInInTheBrowserFacts(Browser browser, SharedWebApp app)
{
    [Fact]
    public async Task An_admin_signs_in_and_sees_their_name_role_and_the_admin_links()
    {
        var page = await browser.NewPageAsync(app.Host);

        await page.SignInAsync(WebTestHost.AdminName, WebTestHost.AdminPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, admin" })).ToBeVisibleAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync("admin · Admin");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jobs" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong()
    {
        var page = await browser.NewPageAsync(app.Host);

        await page.SignInAsync(WebTestHost.AdminName, "not the password at all");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password.");
        await Expect(page).ToHaveURLAsync(new Uri(app.Host.BaseAddress, "/login").ToString());
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_then_back_to_the_page_they_asked_for()
    {
        var userName = await app.Host.CreateUserAsync("Admin");
        var page = await browser.NewPageAsync(app.Host);

        await page.GotoAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(WebTestHost.UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var userName = await app.Host.CreateUserAsync("Viewer");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(userName, WebTestHost.UserPassword);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_viewer_who_opens_the_user_list_is_told_their_role_does_not_allow_it()
    {
        var userName = await app.Host.CreateUserAsync("Viewer");
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(userName, WebTestHost.UserPassword);

        await page.GotoAsync("/admin/users");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your role (Viewer) cannot open this page");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
    }
}
