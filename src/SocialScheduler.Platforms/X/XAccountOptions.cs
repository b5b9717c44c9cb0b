using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.X;

/// <summary>An X account, bound from <c>Accounts:&lt;name&gt;</c>: OAuth 1.0a user context.</summary>
public sealed class XAccountOptions : PlatformAccountOptions
{
    public static readonly Uri PublicApi = new("https://api.x.com/");

    public string ConsumerKey { get; set; } = "";

    public string ConsumerSecret { get; set; } = "";

    public string AccessToken { get; set; } = "";

    public string AccessTokenSecret { get; set; } = "";
}

internal sealed class XAccountOptionsValidator : IValidateOptions<XAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, XAccountOptions options)
    {
        var account = name ?? "";
        var problems = AccountSettings.Require(account,
            (nameof(options.ConsumerKey), options.ConsumerKey),
            (nameof(options.ConsumerSecret), options.ConsumerSecret),
            (nameof(options.AccessToken), options.AccessToken),
            (nameof(options.AccessTokenSecret), options.AccessTokenSecret));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
