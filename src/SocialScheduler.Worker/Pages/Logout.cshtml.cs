using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Pages;

/// <summary>
/// Signing out changes state, so it is a POST; a GET only shows the button. It rotates the user's security stamp, so
/// the session ends everywhere at once: on other devices, and wherever its cookie was copied.
/// </summary>
public sealed class LogoutModel(SignInManager<WebUser> signIn, UserManager<WebUser> users) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/login?signedOut=true");
    }
}
