using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>Tells people that an account needs them. Replace the registration to send mail or chat messages.</summary>
public interface IPublishingAlerts
{
    /// <summary>A publication needs a person (credentials refused, outcome never established).</summary>
    void NeedsAttention(PublicationKey key, string message);

    /// <summary>The account published again, so a later problem deserves a new alert.</summary>
    void Recovered(string account);
}

/// <summary>Logs one error per account until the account publishes again, so an expired token is one alert, not hundreds.</summary>
internal sealed class LoggingPublishingAlerts(ILogger<LoggingPublishingAlerts> logger) : IPublishingAlerts
{
    private readonly ConcurrentDictionary<string, bool> _alerted = new(StringComparer.Ordinal);

    public void NeedsAttention(PublicationKey key, string message)
    {
        if (_alerted.TryAdd(key.Account, true))
        {
            logger.LogError("Account {Account} needs attention (first: {Key}): {Message}", key.Account, key, message);
        }
    }

    public void Recovered(string account) => _alerted.TryRemove(account, out _);
}
