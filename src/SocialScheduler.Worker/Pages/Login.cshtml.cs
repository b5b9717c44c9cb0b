using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Pages;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(PasswordCheck check, IStringLocalizer<UiText> text) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(bool expired = false, bool throttled = false, bool signedOut = false)
    {
        Notice = signedOut ? text["Login.SignedOut"].Value : expired ? text["Login.Expired"].Value : null;
        Error = throttled ? text["Login.Throttled"].Value : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (outcome, wait) = await check.SignInAsync(HttpContext, (UserName ?? "").Trim(), Password ?? "");
        if (outcome == PasswordOutcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = outcome == PasswordOutcome.Throttled ? Wait(wait) : text["Login.Wrong"].Value;
        Password = "";
        return Page();
    }

    // The same words as PasswordCheck.Wait, in the page's language.
    private string Wait(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) is var s && s == 1
        ? text["Login.WaitOneSecond"].Value
        : text["Login.WaitSeconds", s].Value;
}
