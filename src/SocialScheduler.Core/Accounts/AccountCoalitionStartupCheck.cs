using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Partners;

namespace SocialScheduler.Core.Accounts;

/// <summary>Stops the host at start when an account names an unknown partner or locale (see <see cref="AccountCoalitionCheck"/>).</summary>
internal sealed class AccountCoalitionStartupCheck(IServiceProvider services, AccountDirectory accounts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A host without the campaign catalogue (a publishing-only test host) has no locales to check against.
        if (services.GetService<CampaignCatalog>() is { } catalog)
        {
            var problems = AccountCoalitionCheck.Problems(accounts, catalog.Locales, services.GetService<PartnerCatalog>());
            if (problems.Count > 0)
            {
                throw new StartupConfigurationException(string.Join(Environment.NewLine, problems));
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
