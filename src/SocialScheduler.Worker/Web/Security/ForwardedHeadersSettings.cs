using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// <c>Web:ForwardedHeaders:*</c>: whether to believe <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from a reverse
/// proxy, and from which addresses. Off by default: a header any client can send must not choose the address that
/// sign-in throttling counts, nor make a plain HTTP request look like HTTPS. Validated at start.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "Web:ForwardedHeaders";

    /// <summary>Read the headers at all. When on with no proxy or network listed, only loopback is trusted.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c> or <c>fd00::/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are unwrapped (each must be trusted).</summary>
    [Range(1, 10, ErrorMessage = "Web:ForwardedHeaders:ForwardLimit must be between 1 and 10.")]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (proxy, i) in KnownProxies.Select((p, i) => (p, i)).Where(x => !IPAddress.TryParse(x.p, out _)))
        {
            yield return new ValidationResult(
                $"Web:ForwardedHeaders:KnownProxies:{i} '{proxy}' is not an IP address; write one such as 10.0.0.5 or ::1.");
        }

        foreach (var (network, i) in KnownNetworks.Select((n, i) => (n, i)).Where(x => !System.Net.IPNetwork.TryParse(x.n, out _)))
        {
            yield return new ValidationResult(
                $"Web:ForwardedHeaders:KnownNetworks:{i} '{network}' is not a network; write CIDR such as 10.0.0.0/8 or fd00::/8.");
        }
    }

    /// <summary>The middleware's options: the trusted proxies replace ASP.NET Core's own loopback defaults.</summary>
    public ForwardedHeadersOptions ToOptions()
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = ForwardLimit,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (KnownProxies.Count == 0 && KnownNetworks.Count == 0)
        {
            options.KnownProxies.Add(IPAddress.Loopback);
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        }

        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }
}
