using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Outbox;

namespace SocialScheduler.Platforms;

public static class PlatformsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every platform adapter, the <see cref="IPublisherResolver"/> and each configured account's settings
    /// (<c>Accounts:&lt;name&gt;</c>), validated when the host starts with messages that name the missing key.
    /// </summary>
    public static IServiceCollection AddPlatformPublishers(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(AccountDirectory)))
        {
            services.AddAccounts(configuration);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPlatformPublisher, OutboxPublisher>();

        foreach (var account in configuration.GetSection("Accounts").GetChildren())
        {
            var platform = account["Platform"] ?? "";
            if (!PlatformNames.All.Contains(platform, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(PlatformNames.Unknown(account.Key, platform));
            }
        }

        services.TryAddSingleton<IPublisherResolver, PublisherResolver>();
        return services;
    }
}
