using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Graph;

internal static class ContainerRegistration
{
    /// <summary>An HTTP adapter of the container flow, with somewhere to remember containers (the ledger's, when the pipeline adds it).</summary>
    public static void AddContainerAdapter<TOptions, TPublisher>(this IServiceCollection services, IEnumerable<IConfigurationSection> accounts, string clientName)
        where TOptions : GraphAccountOptions
        where TPublisher : class, IPlatformPublisher
    {
        services.TryAddSingleton<IPublishSteps, InProcessPublishSteps>();
        services.AddHttpAdapter<TOptions, TPublisher, GraphAccountOptionsValidator<TOptions>>(accounts, clientName);
    }
}
