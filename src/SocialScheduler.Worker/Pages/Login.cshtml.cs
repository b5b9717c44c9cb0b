using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Pages;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(PasswordCheck check) : PageModel
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
        Notice = signedOut ? "You have signed out." : expired ? "Your session has expired. Sign in again to continue." : null;
        Error = throttled ? "Too many sign-in attempts from your address. Wait a minute, then try again." : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (outcome, wait) = await check.SignInAsync(HttpContext, (UserName ?? "").Trim(), Password ?? "");
        if (outcome == PasswordOutcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = outcome == PasswordOutcome.Throttled ? PasswordCheck.Wait(wait) : PasswordCheck.Refusal;
        Password = "";
        return Page();
    }
}
