using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Partners;

namespace SocialScheduler.Imaging.Partners;

/// <summary>
/// Loads the partners when the host starts and logs each problem where an operator sees it; a broken partner never
/// stops the service (its cards are refused by name, the other partners' are drawn).
/// </summary>
internal sealed class PartnerStartupReport(PartnerCatalog partners, ILogger<PartnerStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var problem in partners.Problems)
        {
            logger.LogError("Partner not loaded: {Problem}", problem.ToString());
        }

        logger.LogInformation("{Count} partners loaded: {Partners}", partners.Partners.Count, string.Join(", ", partners.Ids));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
