using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Ends a session the moment its user's security stamp changes: signing out, "sign out everywhere", a password
/// change, a role change, a reset or a lock each rotate the stamp, so a session cookie copied before stops working on
/// its next request rather than at Identity's next periodic check. Costs one read of the user per request.
/// </summary>
internal static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<WebUser>>();
        var principal = context.Principal;
        var id = principal is null ? null : users.GetUserId(principal);
        var user = id is null ? null : await users.FindByIdAsync(id);
        var stamp = principal?.FindFirst(users.Options.ClaimsIdentity.SecurityStampClaimType)?.Value;
        if (user is null || stamp is null || stamp != await users.GetSecurityStampAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's own check still refreshes roles and the must-change-password claim now and then.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
