using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>Adds the "must change password" mark and the person's partner to the session so it is enforced without a database read per request.</summary>
internal sealed class WebUserClaimsFactory(
    UserManager<WebUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WebUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "socialscheduler:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (!string.IsNullOrEmpty(user.Partner))
        {
            identity.AddClaim(new Claim(PartnerScope.Claim, user.Partner));
        }

        return identity;
    }
}
