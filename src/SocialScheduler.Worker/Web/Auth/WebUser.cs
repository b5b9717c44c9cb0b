using Microsoft.AspNetCore.Identity;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>A person who signs in to the web app.</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>Set for generated or admin-given passwords: the user picks their own before doing anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The partner this person works for: they see and act on that partner's accounts and publications only.
    /// Null for the campaign's own people, who see everything their role allows.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(100)]
    public string? Partner { get; set; }
}
