using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Graph;

/// <summary>
/// An account on a Meta platform that publishes through media containers (Instagram, Threads), bound from
/// <c>Accounts:&lt;name&gt;</c>.
/// </summary>
public abstract partial class GraphAccountOptions : PlatformAccountOptions
{
    /// <summary>The account's numeric id (the ig-user-id or threads-user-id).</summary>
    public string UserId { get; set; } = "";

    /// <summary>A user access token allowed to publish; from user-secrets or the environment, never a committed file.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The API version in every path, e.g. <c>v25.0</c> or <c>v1.0</c>.</summary>
    public abstract string ApiVersion { get; set; }

    /// <summary>The first wait before a container's status is read again; each further wait doubles, up to a minute.</summary>
    public TimeSpan ContainerPoll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a container may stay IN_PROGRESS before the attempt gives up (it resumes the same container later).</summary>
    public TimeSpan ContainerWait { get; set; } = TimeSpan.FromMinutes(5);

    internal static bool IsVersion(string value) => Version().IsMatch(value);

    [GeneratedRegex("^v[0-9]+\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}

/// <summary>Checks a container platform's account at start, naming each bad key.</summary>
internal sealed class GraphAccountOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : GraphAccountOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var account = name ?? "";
        var problems = AccountSettings.Require(account, (nameof(options.UserId), options.UserId), (nameof(options.AccessToken), options.AccessToken));
        if (!string.IsNullOrWhiteSpace(options.UserId) && !options.UserId.All(char.IsAsciiDigit))
        {
            problems.Add(AccountSettings.Invalid(account, "UserId", $"is '{options.UserId}': use the account's numeric id, e.g. 17841400008460056."));
        }

        if (!GraphAccountOptions.IsVersion(options.ApiVersion))
        {
            problems.Add(AccountSettings.Invalid(account, "ApiVersion", $"is '{options.ApiVersion}': use an API version such as v25.0."));
        }

        if (options.ContainerPoll <= TimeSpan.Zero || options.ContainerWait < options.ContainerPoll)
        {
            problems.Add(AccountSettings.Invalid(account, "ContainerWait", $"is {options.ContainerWait} with ContainerPoll {options.ContainerPoll}: use a positive ContainerPoll no longer than ContainerWait, e.g. 00:00:02 and 00:05:00."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
