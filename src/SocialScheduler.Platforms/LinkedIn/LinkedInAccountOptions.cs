using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>A LinkedIn member or organisation, bound from <c>Accounts:&lt;name&gt;</c>.</summary>
public sealed class LinkedInAccountOptions : PlatformAccountOptions
{
    public static readonly Uri PublicApi = new("https://api.linkedin.com/");

    /// <summary>An OAuth token with <c>w_member_social</c> (member) or <c>w_organization_social</c> (organisation).</summary>
    public string AccessToken { get; set; } = "";

    /// <summary><c>urn:li:person:…</c> or <c>urn:li:organization:…</c>; also the owner of uploaded images.</summary>
    public string Author { get; set; } = "";

    /// <summary>The monthly API version (<c>YYYYMM</c>) sent as <c>LinkedIn-Version</c>; versions expire after a year.</summary>
    public string Version { get; set; } = "202610";
}

internal sealed partial class LinkedInAccountOptionsValidator : IValidateOptions<LinkedInAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, LinkedInAccountOptions options)
    {
        var account = name ?? "";
        var problems = AccountSettings.Require(account, (nameof(options.AccessToken), options.AccessToken), (nameof(options.Author), options.Author));
        if (options.Author.Length > 0 && !Author().IsMatch(options.Author))
        {
            problems.Add(AccountSettings.Invalid(account, "Author", $"is '{options.Author}': use urn:li:person:<id> or urn:li:organization:<id>."));
        }

        if (!Version().IsMatch(options.Version))
        {
            problems.Add(AccountSettings.Invalid(account, "Version", $"is '{options.Version}': use a LinkedIn API version such as 202610 (YYYYMM)."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^urn:li:(person|organization):[A-Za-z0-9_-]+$")]
    private static partial Regex Author();

    [GeneratedRegex("^20[0-9]{2}(0[1-9]|1[0-2])$")]
    private static partial Regex Version();
}
