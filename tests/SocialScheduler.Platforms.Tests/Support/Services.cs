using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Accounts;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Platforms.Tests.Support;

/// <summary>Builds the service container the way the host does, from in-memory configuration.</summary>
public static class Services
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        configure?.Invoke(services);
        services.TryAddSingleton<ConnectedAccounts>();
        services.TryAddSingleton<IConnectedAccountStore, InMemoryConnectedAccountStore>();
        services.AddPlatformPublishers(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>What the host does at start: runs every options validation registered with ValidateOnStart.</summary>
    public static void ValidateOnStart(this IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();
}
