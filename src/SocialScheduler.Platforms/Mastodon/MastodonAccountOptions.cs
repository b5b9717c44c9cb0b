using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>A Mastodon account, bound from <c>Accounts:&lt;name&gt;</c>; <c>BaseUrl</c> is its instance.</summary>
public sealed class MastodonAccountOptions : PlatformAccountOptions
{
    /// <summary>
    /// A user token with the scopes <c>write:statuses write:media read:statuses profile</c> (<c>read:accounts</c>
    /// instead of <c>profile</c> before 4.3): the read scopes let the reconciler and <c>accounts check</c> look.
    /// </summary>
    public string AccessToken { get; set; } = "";

    /// <summary><c>public</c>, <c>unlisted</c>, <c>private</c> or <c>direct</c>.</summary>
    public string Visibility { get; set; } = "public";

    /// <summary>How long to wait between checks of an image the instance is still processing (HTTP 202).</summary>
    public TimeSpan MediaPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many checks before giving up on a processing image (a transient failure).</summary>
    public int MediaPollAttempts { get; set; } = 30;
}

internal sealed class MastodonAccountOptionsValidator : IValidateOptions<MastodonAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, MastodonAccountOptions options)
    {
        var account = name ?? "";
        var problems = AccountSettings.Require(account, (nameof(options.AccessToken), options.AccessToken));
        if (options.BaseUrl is null)
        {
            problems.Add(AccountSettings.Invalid(account, "BaseUrl", "is missing: set it to the instance's address, e.g. https://mastodon.social."));
        }

        if (options.Visibility is not ("public" or "unlisted" or "private" or "direct"))
        {
            problems.Add(AccountSettings.Invalid(account, "Visibility", $"is '{options.Visibility}': use public, unlisted, private or direct."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
