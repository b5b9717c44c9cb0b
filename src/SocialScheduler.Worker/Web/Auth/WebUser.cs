using Microsoft.AspNetCore.Identity;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>A person who signs in to the web app.</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>Set for generated or admin-given passwords: the user picks their own before doing anything else.</summary>
    public bool MustChangePassword { get; set; }
}
