using System.ComponentModel.DataAnnotations;

namespace SocialScheduler.Core.Accounts;

/// <summary>
/// The part of <c>Accounts:&lt;name&gt;</c> every account has. Each platform adapter binds its own settings
/// (tokens, author URN, …) from the same section.
/// </summary>
public sealed class AccountOptions
{
    [Required(ErrorMessage = "Platform is required: one of Outbox, X, Mastodon, Bluesky, LinkedIn.")]
    public string Platform { get; set; } = "";

    /// <summary>The API root; empty means the platform's public API.</summary>
    public Uri? BaseUrl { get; set; }
}
