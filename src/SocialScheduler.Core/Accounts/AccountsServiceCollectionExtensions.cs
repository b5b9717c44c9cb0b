using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AccountDirectory"/> from <c>Accounts:&lt;name&gt;</c>; each account must name its platform.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var accounts = new Dictionary<string, AccountOptions>(StringComparer.Ordinal);
        foreach (var section in configuration.GetSection("Accounts").GetChildren())
        {
            var options = new AccountOptions();
            section.Bind(options);
            if (string.IsNullOrWhiteSpace(options.Platform))
            {
                throw new InvalidOperationException(
                    $"Accounts:{section.Key}:Platform is missing: set it to Outbox, X, Mastodon, Bluesky or LinkedIn.");
            }

            accounts[section.Key] = options;
        }

        services.AddSingleton(new AccountDirectory(accounts));
        return services;
    }
}
