using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AccountDirectory"/> from <c>Accounts:&lt;name&gt;</c>; each account must name a platform
    /// of the <see cref="PlatformCatalog"/>, so the descriptions are registered first.
    /// </summary>
    /// <exception cref="StartupConfigurationException">An account setting the service cannot work with; the message names the key and what to write.</exception>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var platforms = services.PlatformCatalog();
        var accounts = new Dictionary<string, AccountOptions>(StringComparer.Ordinal);
        foreach (var section in configuration.GetSection("Accounts").GetChildren())
        {
            var options = new AccountOptions();
            section.Bind(options);
            if (string.IsNullOrWhiteSpace(options.Platform))
            {
                throw new StartupConfigurationException(platforms.PlatformMissing(section.Key));
            }

            // Checked here, at start, so a misspelt size is not found at the first publication of the account.
            if (!string.IsNullOrWhiteSpace(options.CardSize) && !Cards.CardSize.TryParse(options.CardSize, out _))
            {
                throw new StartupConfigurationException(
                    $"Accounts:{section.Key}:CardSize = '{options.CardSize}' is not a card size: use square, portrait, landscape, wide or link, or remove the key to use the platform's default.");
            }

            // Checked here too: a limit no card can be encoded under would otherwise fail each publication of the account.
            if (options.MaxImageBytes < AccountOptions.MinImageBytes)
            {
                throw new StartupConfigurationException(
                    $"Accounts:{section.Key}:MaxImageBytes = {options.MaxImageBytes} is below the smallest a card can be encoded to: " +
                    $"write at least {AccountOptions.MinImageBytes} (e.g. 1000000), or remove the key to use the platform's limit.");
            }

            accounts[section.Key] = options;
        }

        // Checked here, at start: an account on a platform without a description would otherwise lose its text, image
        // and rate-limit checks without a word.
        foreach (var (name, options) in accounts)
        {
            if (!platforms.TryGet(options.Platform, out _))
            {
                throw new StartupConfigurationException(platforms.NotAPlatform(name, options.Platform));
            }
        }

        services.TryAddSingleton<ConnectedAccounts>();
        services.AddSingleton(sp => new AccountDirectory(accounts, sp.GetRequiredService<ConnectedAccounts>()));
        services.AddHostedService<AccountCoalitionStartupCheck>();
        return services;
    }
}
