using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Core.Platforms;

/// <summary>Adds descriptions to the one <see cref="PlatformCatalog"/> of a service collection.</summary>
public sealed class PlatformCatalogBuilder(IServiceCollection services, IConfiguration configuration, PlatformCatalog catalog)
{
    public IServiceCollection Services => services;

    /// <summary>Describes one platform: adds <typeparamref name="T"/> to the catalog and registers its rules' services. Adding it twice does nothing.</summary>
    public PlatformCatalogBuilder Add<T>()
        where T : PlatformDescription, new()
    {
        if (!catalog.All.Any(d => d is T))
        {
            var description = new T();
            catalog.Add(description);
            description.AddRules(services, configuration);
        }

        return this;
    }
}

public static class PlatformCatalogServiceCollectionExtensions
{
    /// <summary>The catalog of this service collection, registered as a singleton the first time it is asked for.</summary>
    /// <remarks>It is needed while registering (accounts are checked against it before the host is built), so it is one instance.</remarks>
    public static PlatformCatalog PlatformCatalog(this IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(PlatformCatalog))?.ImplementationInstance is PlatformCatalog catalog)
        {
            return catalog;
        }

        catalog = new PlatformCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }

    /// <summary>Starts the list of platform descriptions: <c>services.AddPlatformCatalog(configuration).Add&lt;SomePlatform&gt;()</c>.</summary>
    public static PlatformCatalogBuilder AddPlatformCatalog(this IServiceCollection services, IConfiguration configuration) =>
        new(services, configuration, services.PlatformCatalog());
}
