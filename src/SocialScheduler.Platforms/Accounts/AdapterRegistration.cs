using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Accounts;

/// <summary>What every HTTP adapter registers: its publisher, its client, and each account's settings validated at start.</summary>
internal static class AdapterRegistration
{
    public static void AddHttpAdapter<TOptions, TPublisher, TValidator>(
        this IServiceCollection services, IEnumerable<IConfigurationSection> accounts, string clientName)
        where TOptions : PlatformAccountOptions
        where TPublisher : class, IPlatformPublisher
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.AddSingleton<IConfigureOptions<TOptions>, ConnectedAccountOptions<TOptions>>();
        services.AddHttpClient(clientName).AddHttpMessageHandler<ConnectRetryHandler>();
        services.AddSingleton<IPlatformPublisher, TPublisher>();
        foreach (var account in accounts)
        {
            services.AddOptions<TOptions>(account.Key).Bind(account).ValidateOnStart();
        }
    }
}
