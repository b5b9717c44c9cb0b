using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Facebook;

/// <summary>A Facebook Page, bound from <c>Accounts:&lt;name&gt;</c>; <c>BaseUrl</c> defaults to https://graph.facebook.com.</summary>
public sealed partial class FacebookAccountOptions : PlatformAccountOptions
{
    public static readonly Uri PublicApi = new("https://graph.facebook.com/");

    /// <summary>The Page's numeric id.</summary>
    public string PageId { get; set; } = "";

    /// <summary>A Page access token with <c>pages_manage_posts</c>; from user-secrets or the environment, never a committed file.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The Graph API version in every path, e.g. <c>v25.0</c>.</summary>
    public string ApiVersion { get; set; } = "v25.0";

    internal static bool IsVersion(string value) => Version().IsMatch(value);

    [GeneratedRegex("^v[0-9]+\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}

internal sealed class FacebookAccountOptionsValidator : IValidateOptions<FacebookAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, FacebookAccountOptions options)
    {
        var account = name ?? "";
        var problems = AccountSettings.Require(account, (nameof(options.PageId), options.PageId), (nameof(options.AccessToken), options.AccessToken));
        if (!string.IsNullOrWhiteSpace(options.PageId) && !options.PageId.All(char.IsAsciiDigit))
        {
            problems.Add(AccountSettings.Invalid(account, "PageId", $"is '{options.PageId}': use the Page's numeric id, e.g. 104328541234567."));
        }

        if (!FacebookAccountOptions.IsVersion(options.ApiVersion))
        {
            problems.Add(AccountSettings.Invalid(account, "ApiVersion", $"is '{options.ApiVersion}': use a Graph API version such as v25.0."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
