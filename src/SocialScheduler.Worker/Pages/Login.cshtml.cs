using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Pages;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(SignInManager<WebUser> signIn, IStringLocalizer<UiText> text) : PageModel
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
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? text["Login.LockedOut"]
            : text["Login.Wrong"];
        Password = "";
        return Page();
    }
}
