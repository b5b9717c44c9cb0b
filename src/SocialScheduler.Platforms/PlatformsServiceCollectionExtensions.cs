using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Publishing;
using Microsoft.AspNetCore.DataProtection;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Bluesky;
using SocialScheduler.Platforms.Tokens;
using SocialScheduler.Platforms.Http;
using SocialScheduler.Platforms.LinkedIn;
using SocialScheduler.Platforms.Mastodon;
using SocialScheduler.Platforms.Outbox;
using SocialScheduler.Platforms.X;

namespace SocialScheduler.Platforms;

public static class PlatformsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every platform adapter, the <see cref="IPublisherResolver"/> and each configured account's settings
    /// (<c>Accounts:&lt;name&gt;</c>), validated when the host starts with messages that name the missing key.
    /// </summary>
    /// <exception cref="StartupConfigurationException">An account names no platform, or one that is not a platform.</exception>
    public static IServiceCollection AddPlatformPublishers(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(AccountDirectory)))
        {
            services.AddAccounts(configuration);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddTransient<ConnectRetryHandler>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPlatformPublisher, OutboxPublisher>();

        var accounts = configuration.GetSection("Accounts").GetChildren().ToList();
        foreach (var account in accounts)
        {
            var platform = account["Platform"] ?? "";
            if (!PlatformNames.All.Contains(platform, StringComparer.OrdinalIgnoreCase))
            {
                throw new StartupConfigurationException(PlatformNames.Unknown(account.Key, platform));
            }
        }

        services.AddTokenStore(configuration);
        services.AddPlatform<XAccountOptions, XPublisher, XAccountOptionsValidator>(accounts, PlatformNames.X, XApi.ClientName);
        services.AddPlatform<BlueskyAccountOptions, BlueskyPublisher, BlueskyAccountOptionsValidator>(accounts, PlatformNames.Bluesky, BlueskyApi.ClientName);
        services.TryAddSingleton<BlueskySessions>();
        services.AddPlatform<MastodonAccountOptions, MastodonPublisher, MastodonAccountOptionsValidator>(accounts, PlatformNames.Mastodon, MastodonApi.ClientName);
        services.AddPlatform<LinkedInAccountOptions, LinkedInPublisher, LinkedInAccountOptionsValidator>(accounts, PlatformNames.LinkedIn, LinkedInApi.ClientName);
        services.TryAddSingleton<IPublisherResolver, PublisherResolver>();
        services.TryAddSingleton<AccountsCheck>();
        return services;
    }

    /// <summary>Tokens the service obtains are encrypted with Data Protection; its key ring sits in <c>DataProtection:KeysPath</c>.</summary>
    private static void AddTokenStore(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = configuration["DataProtection:KeysPath"];
        services.AddDataProtection()
            .SetApplicationName("SocialScheduler")
            .PersistKeysToFileSystem(new DirectoryInfo(string.IsNullOrWhiteSpace(keys) ? "data/keys" : keys));
        services.AddOptions<TokenStoreOptions>().Bind(configuration.GetSection(TokenStoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ProtectedTokenStore>();
    }

    private static void AddPlatform<TOptions, TPublisher, TValidator>(
        this IServiceCollection services, IEnumerable<IConfigurationSection> accounts, string platform, string clientName)
        where TOptions : PlatformAccountOptions
        where TPublisher : class, IPlatformPublisher
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.AddHttpClient(clientName).AddHttpMessageHandler<ConnectRetryHandler>();
        services.AddSingleton<IPlatformPublisher, TPublisher>();
        foreach (var account in accounts.Where(a => string.Equals(a["Platform"], platform, StringComparison.OrdinalIgnoreCase)))
        {
            services.AddOptions<TOptions>(account.Key).Bind(account).ValidateOnStart();
        }
    }
}
