using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>A Bluesky account, bound from <c>Accounts:&lt;name&gt;</c>; <c>BaseUrl</c> is its PDS.</summary>
public sealed class BlueskyAccountOptions : PlatformAccountOptions
{
    public static readonly Uri PublicApi = new("https://bsky.social/");

    /// <summary>Handle, DID or e-mail.</summary>
    public string Identifier { get; set; } = "";

    /// <summary>An app password (Settings → App passwords), never the account password.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The largest image sent; the current lexicon allows 2,000,000 bytes but older servers 1,000,000.</summary>
    public int MaxImageBytes { get; set; } = 1_000_000;
}

internal sealed class BlueskyAccountOptionsValidator : IValidateOptions<BlueskyAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, BlueskyAccountOptions options)
    {
        var problems = AccountSettings.Require(name ?? "",
            (nameof(options.Identifier), options.Identifier),
            (nameof(options.AppPassword), options.AppPassword));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
