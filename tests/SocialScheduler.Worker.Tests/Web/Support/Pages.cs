using Microsoft.Playwright;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>What a person does on the pages, step by step.</summary>
public static class Pages
{
    public static Task SignInAsync(this IPage page, string userName, string password) =>
        page.SignInAsync(userName, password, "User name", "Password", "Sign in");

    /// <summary>Signs in with the form's labels in the page's language.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password, string userLabel, string passwordLabel, string button)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel(userLabel).FillAsync(userName);
        await page.GetByLabel(passwordLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    /// <summary>Signs in whatever language the page is in, by the fields' names rather than their labels.</summary>
    public static async Task SignInInAnyLanguageAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.Locator("main input[name=UserName]").FillAsync(userName);
        await page.Locator("main input[name=Password]").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>The pages the navigation links to, except the job dashboard (Hangfire's own pages).</summary>
    public static async Task<IReadOnlyList<string>> NavigationPagesAsync(this IPage page)
    {
        var links = await page.Locator("header nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return links.Where(href => !href.StartsWith("/hangfire", StringComparison.Ordinal)).ToList();
    }
}
