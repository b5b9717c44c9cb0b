using System.Diagnostics.CodeAnalysis;

namespace SocialScheduler.Core.Platforms;

/// <summary>
/// The registered platform descriptions, in registration order (the order messages list them in). Resolved from
/// DI; filled only while services are registered, read-only once the host is built.
/// </summary>
public sealed class PlatformCatalog
{
    private readonly List<PlatformDescription> _all = [];

    public IReadOnlyList<PlatformDescription> All => _all;

    public IEnumerable<string> Names => _all.Select(d => d.Name);

    public bool TryGet(string? name, [NotNullWhen(true)] out PlatformDescription? description)
    {
        description = _all.Find(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        return description is not null;
    }

    /// <summary>The description of <paramref name="platform"/>.</summary>
    /// <exception cref="KeyNotFoundException">No description is registered under that name; the message lists those that are.</exception>
    public PlatformDescription Get(string platform) =>
        TryGet(platform, out var description)
            ? description
            : throw new KeyNotFoundException($"No platform is described as '{platform}': {Known()}.");

    /// <summary>The start-up error for an account whose platform has no description.</summary>
    public string NotAPlatform(string account, string platform) =>
        $"Accounts:{account}:Platform is '{platform}', which is not a platform: {(_all.Count == 0 ? Known() : "use one of " + string.Join(", ", Names))}.";

    /// <summary>The start-up error for an account that names no platform.</summary>
    public string PlatformMissing(string account) =>
        _all.Count == 0
            ? $"Accounts:{account}:Platform is missing, and {Known()}."
            : $"Accounts:{account}:Platform is missing: set it to {string.Join(", ", Names.SkipLast(1))}{(_all.Count > 1 ? " or " : "")}{_all[^1].Name}.";

    internal void Add(PlatformDescription description)
    {
        if (TryGet(description.Name, out var existing))
        {
            if (existing.GetType() != description.GetType())
            {
                throw new InvalidOperationException($"Two descriptions name the platform '{description.Name}': {existing.GetType().Name} and {description.GetType().Name}.");
            }

            return;
        }

        _all.Add(description);
    }

    private string Known() =>
        _all.Count == 0
            ? "no platform is registered (the host adds them with services.AddPlatforms before the accounts)"
            : "the platforms are " + string.Join(", ", Names);
}
