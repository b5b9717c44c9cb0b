using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Core.Platforms;

/// <summary>
/// Everything the service knows about one platform: its name, how it counts text and alt text, the images it
/// takes, the rate limits <c>plan</c> warns about, what it can do besides publishing, and how its accounts and
/// adapter are registered. One subclass per platform, in that platform's adapter folder, registered with one
/// <see cref="PlatformCatalogBuilder.Add{T}"/> line; nothing else in the service names a platform.
/// </summary>
/// <remarks>
/// Created once at registration and shared by every thread: a description holds no mutable state. Members added
/// later come with a default, so a description written before them keeps compiling and keeps its meaning.
/// </remarks>
public abstract class PlatformDescription
{
    /// <summary>The value of <c>Accounts:&lt;name&gt;:Platform</c> (matched ignoring case), as messages show it.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// How a post's text and an image's alt text are counted and capped for one account. <paramref name="account"/>
    /// is that account's <c>Accounts:&lt;name&gt;</c> section, for limits a server sets itself; it may be empty.
    /// </summary>
    public abstract TextRules Text(IConfiguration account);

    /// <summary>The images the platform takes, and the card size its accounts use by default.</summary>
    public abstract ImageRules Images { get; }

    /// <summary>
    /// The limits <c>plan</c> checks a schedule against, in the order it reports them: the platform's published
    /// ones, then any cap of a paid plan set in <paramref name="plan"/> (the <c>Plans:&lt;Name&gt;</c> section).
    /// </summary>
    public abstract IReadOnlyList<RateLimit> RateLimits(IConfiguration plan);

    /// <summary>What the platform's adapter offers besides publishing (the ports it implements, and data such as
    /// thread or video rules that later features read).</summary>
    public virtual PlatformCapabilities Capabilities => PlatformCapabilities.None;

    /// <summary>
    /// Registers what the rules need wherever posts are validated or planned, such as the options of a paid plan
    /// validated at start. Called once, when the description is added to the catalog.
    /// </summary>
    public virtual void AddRules(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>
    /// Registers the adapter: its publisher, its HTTP client, and each of <paramref name="accounts"/> (the
    /// <c>Accounts:&lt;name&gt;</c> sections on this platform) bound to its settings and validated at start with
    /// messages that name the key.
    /// </summary>
    public abstract void AddPublishing(IServiceCollection services, IConfiguration configuration, IReadOnlyList<IConfigurationSection> accounts);

    public override string ToString() => Name;
}
