using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

[Collection(WebCollection.Name)]
public sealed partial class FirstAdminFacts(Browser browser)
{
    [Fact]
    public async Task The_generated_admin_must_choose_a_password_before_anything_else_and_then_uses_it()
    {
        var console = new StringWriter();
        await using var host = await WebTestHost.StartAsync(
            new Dictionary<string, string?> { ["Auth:BootstrapAdmin:UserName"] = null, ["Auth:BootstrapAdmin:Password"] = null }, console);
        var generated = Printed().Match(console.ToString()).Groups[1].Value;
        var page = await browser.NewPageAsync(host);

        await page.SignInAsync("admin", generated);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change your password" })).ToBeVisibleAsync();
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change your password" })).ToBeVisibleAsync();

        await page.GetByLabel("Current password").FillAsync(generated);
        await page.GetByLabel("New password (at least 12 characters; a passphrase is fine)").FillAsync("my own long passphrase");
        await page.GetByLabel("New password again").FillAsync("my own long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, admin" })).ToBeVisibleAsync();
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await page.SignInAsync("admin", generated);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong user name or password.");
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex Printed();
}
