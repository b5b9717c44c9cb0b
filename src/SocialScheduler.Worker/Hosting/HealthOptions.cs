using System.Net;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Worker.Hosting;

/// <summary><c>Health:*</c>: who besides a signed-in admin may read the cause of each check on <c>/healthz</c>.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Networks (CIDR, e.g. <c>10.0.5.0/24</c>) of the monitors that may read every check's cause; none by default.</summary>
    public List<string> DetailsFrom { get; set; } = [];

    /// <summary>Whether a caller from <paramref name="address"/> is one of those monitors.</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var caller = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return DetailsFrom.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(caller));
    }
}

internal sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var bad = options.DetailsFrom.Select((n, i) => (n, i)).Where(x => !IPNetwork.TryParse(x.n, out _))
            .Select(x => $"Health:DetailsFrom:{x.i} = '{x.n}' is not a network: write it as an address and prefix length, such as 10.0.5.0/24 or 127.0.0.1/32.")
            .ToList();
        return bad.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(bad);
    }
}
