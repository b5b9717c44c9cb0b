using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using SocialScheduler.Core;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Bluesky;
using SocialScheduler.Platforms.Facebook;
using SocialScheduler.Platforms.Http;
using SocialScheduler.Platforms.Instagram;
using SocialScheduler.Platforms.LinkedIn;
using SocialScheduler.Platforms.Mastodon;
using SocialScheduler.Platforms.Outbox;
using SocialScheduler.Platforms.PublicMedia;
using SocialScheduler.Platforms.Threads;
using SocialScheduler.Platforms.Tokens;
using SocialScheduler.Platforms.X;

namespace SocialScheduler.Platforms;

public static class PlatformsServiceCollectionExtensions
{
    /// <summary>
    /// Describes every platform the service knows: the one list, one line per platform, in the order messages name
    /// them. Validation, <c>plan</c>, the web form's counters and card drawing read these descriptions; register
    /// them before <c>AddAccounts</c>, which refuses an account on a platform not listed here. Adding them twice
    /// does nothing.
    /// </summary>
    public static IServiceCollection AddPlatforms(this IServiceCollection services, IConfiguration configuration) =>
        services.AddPlatformCatalog(configuration)
            .Add<OutboxPlatform>()
            .Add<XPlatform>()
            .Add<MastodonPlatform>()
            .Add<BlueskyPlatform>()
            .Add<LinkedInPlatform>()
            .Add<FacebookPlatform>()
            .Add<InstagramPlatform>()
            .Add<ThreadsPlatform>()
            .Services;

    /// <summary>
    /// Registers the descriptions (<see cref="AddPlatforms"/>), each platform's adapter, the
    /// <see cref="IPublisherResolver"/> and each configured account's settings (<c>Accounts:&lt;name&gt;</c>),
    /// validated when the host starts with messages that name the missing key.
    /// </summary>
    /// <exception cref="StartupConfigurationException">An account names no platform, or one that is not a platform.</exception>
    public static IServiceCollection AddPlatformPublishers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatforms(configuration);
        if (!services.Any(d => d.ServiceType == typeof(AccountDirectory)))
        {
            services.AddAccounts(configuration);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddTransient<ConnectRetryHandler>();
        services.AddTokenStore(configuration);
        services.AddPublicMedia(configuration);

        var accounts = configuration.GetSection("Accounts").GetChildren().ToList();
        foreach (var platform in services.PlatformCatalog().All)
        {
            platform.AddPublishing(services, configuration,
                accounts.Where(a => string.Equals(a["Platform"], platform.Name, StringComparison.OrdinalIgnoreCase)).ToList());
        }

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
        services.TryAddSingleton<AccountCredentials>();
        services.TryAddSingleton<ConnectedAccounts>();
    }
}
