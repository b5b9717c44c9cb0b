using System.Net;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Platforms.PublicMedia;

/// <summary>
/// Checks <c>Media</c> at start: an account on a platform that fetches its images needs <c>Media:PublicBaseUrl</c>,
/// which must be https (http only on a loopback address, as in tests).
/// </summary>
internal sealed class PublicMediaOptionsValidator(AccountDirectory accounts, PlatformCatalog catalog) : IValidateOptions<PublicMediaOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicMediaOptions options)
    {
        var problems = new List<string>();
        var fetching = accounts.Names
            .Where(a => catalog.TryGet(accounts.Get(a).Platform, out var d) && d.Capabilities.Has<FetchesMediaFromPublicUrl>())
            .Order(StringComparer.Ordinal)
            .ToList();
        if (options.PublicBaseUrl is null)
        {
            if (fetching.Count > 0)
            {
                problems.Add($"Media:PublicBaseUrl is missing, and the accounts {string.Join(", ", fetching)} are on platforms that fetch images from a public address: set it to the https address at which this service is reachable from the internet, e.g. https://social.example.org.");
            }
        }
        else if (!options.PublicBaseUrl.IsAbsoluteUri || !IsAllowed(options.PublicBaseUrl))
        {
            problems.Add($"Media:PublicBaseUrl is '{options.PublicBaseUrl}': use an https address such as https://social.example.org (plain http only for a loopback address).");
        }

        if (options.PublicLifetime <= TimeSpan.Zero)
        {
            problems.Add($"Media:PublicLifetime is {options.PublicLifetime}: use a positive duration such as 24:00:00.");
        }

        if (string.IsNullOrWhiteSpace(options.Path))
        {
            problems.Add("Media:Path is empty: set it to a writable folder, e.g. data/media.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsAllowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps
        || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
}
