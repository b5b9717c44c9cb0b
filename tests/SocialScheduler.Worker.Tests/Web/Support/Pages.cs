using Microsoft.Playwright;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>What a person does on the pages, step by step.</summary>
public static class Pages
{
    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
