using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Accounts;
using SocialScheduler.Worker.Web.Api;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Pages.Admin;

[Authorize(Policy = WebPolicies.Admin)]
public sealed class AccountsModel(AccountsOverview overview, AccountConnections connections) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    public IReadOnlyList<string> Platforms => connections.ConnectablePlatforms;

    /// <summary>The platform's sign-in page to continue to. A link, not a redirect: the pages' policy lets a form post
    /// only to this service (form-action 'self'), and browsers apply it to a redirect that follows the post.</summary>
    public Uri? AuthorizeUrl { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync() => Accounts = await overview.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostConnectAsync(
        string name, string platform, string? baseUrl, string? partner, string? locales, string? identifier, string? appPassword)
    {
        if (!string.IsNullOrWhiteSpace(baseUrl) && !Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out _))
        {
            Error = $"'{baseUrl}' is not an address: write the instance or server as https://mastodon.social.";
            return RedirectToPage();
        }

        var account = new NewAccount(name?.Trim() ?? "", platform ?? "", string.IsNullOrWhiteSpace(baseUrl) ? null : new Uri(baseUrl.Trim()), partner,
            (locales ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries), identifier, appPassword);
        var outcome = await connections.StartAsync(account, User.Identity!.Name!, AccountsApi.RequestBase(Request), HttpContext.RequestAborted);
        if (outcome.AuthorizeUrl is { } url)
        {
            AuthorizeUrl = url;
            await OnGetAsync();
            return Page();
        }

        return Done(outcome);
    }

    public async Task<IActionResult> OnPostCheckAsync(string name) => Done(await overview.CheckAsync(name, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostDisconnectAsync(string name) =>
        Done(await connections.DisconnectAsync(name, User.Identity!.Name!, HttpContext.RequestAborted));

    private RedirectToPageResult Done(AccountOutcome outcome)
    {
        (Message, Error) = outcome.Succeeded ? (outcome.Message, (string?)null) : ((string?)null, outcome.Message);
        return RedirectToPage();
    }
}
