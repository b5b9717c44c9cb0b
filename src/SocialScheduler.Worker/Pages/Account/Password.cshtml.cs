using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Pages.Account;

public sealed class PasswordModel(UserManager<WebUser> users, SignInManager<WebUser> signIn, PasswordCheck check) : PageModel
{
    public bool MustChange => User.HasClaim(WebUserClaimsFactory.MustChangePasswordClaim, "true");

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string current, string next, string again)
    {
        if (next != again)
        {
            Errors = ["The two new passwords differ. Nothing was changed."];
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A wrong current password counts like a failed sign-in, so a session left open does not allow guessing.
        var (outcome, wait) = await check.CheckCurrentAsync(HttpContext, user, current ?? "");
        if (outcome != PasswordOutcome.Succeeded)
        {
            Errors = [outcome == PasswordOutcome.Throttled ? PasswordCheck.Wait(wait) : "Incorrect password.", "Nothing was changed."];
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, current ?? "", next ?? "");
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Description).Append("Nothing was changed.").ToList();
            return Page();
        }

        // Changing the password rotated the security stamp, which ends every other session; this one is renewed.
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Message = "Your password has been changed.";
        return Redirect("/");
    }
}
