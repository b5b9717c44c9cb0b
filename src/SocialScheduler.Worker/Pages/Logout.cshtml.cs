using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Pages;

/// <summary>Signing out changes state, so it is a POST; a GET only shows the button.</summary>
public sealed class LogoutModel(SignInManager<WebUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/login?signedOut=true");
    }
}
