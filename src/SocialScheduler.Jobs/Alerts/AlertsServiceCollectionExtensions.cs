using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Alerts.Channels;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, its writer for other modules (<see cref="AlertOutbox"/>) and the channel status. The ledger
    /// registers it: every writer of events needs it, with or without a sender.
    /// </summary>
    public static IServiceCollection AddAlertOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertsOptions>().Bind(configuration.GetSection(AlertsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>());
        services.TryAddSingleton(p => new AlertOutbox(p.GetRequiredService<Storage.LedgerDatabase>()));
        services.TryAddSingleton<AlertDeliveries>();
        services.TryAddSingleton<AlertEventFactory>();
        services.TryAddSingleton(p => Channels(p.GetRequiredService<IOptions<AlertsOptions>>().Value, p.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(p => new AlertChannelStatus(
            p.GetRequiredService<AlertDeliveries>(), p.GetRequiredService<IReadOnlyList<IAlertChannel>>(), p.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The sender and watcher loop and the <c>alerts</c> health check; <see cref="PublishingPipelineServiceCollectionExtensions.AddPublishingPipeline"/> includes it.</summary>
    public static IServiceCollection AddAlertDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlertOutbox(configuration);
        services.TryAddSingleton<AlertWatch>();
        services.TryAddSingleton(p => new AlertSender(
            p.GetRequiredService<AlertDeliveries>(), p.GetRequiredService<AlertEventFactory>(), p.GetRequiredService<IReadOnlyList<IAlertChannel>>(),
            p.GetRequiredService<IOptions<AlertsOptions>>(), p.GetRequiredService<TimeProvider>(),
            p.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AlertSender>>()));
        services.AddHostedService<AlertService>();
        services.AddHealthChecks().AddCheck<AlertChannelsHealthCheck>("alerts");
        return services;
    }

    private static IReadOnlyList<IAlertChannel> Channels(AlertsOptions options, TimeProvider time)
    {
        var channels = new List<IAlertChannel>();
        if (options.Webhooks.Count > 0)
        {
            // One client for every webhook: its pool outlives a try, and the per-try timeout is the channel's.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
            channels.AddRange(options.Webhooks.OrderBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => new WebhookChannel(w.Key, w.Value, http, time, options.Timeout)));
        }

        if (options.Email.Enabled)
        {
            channels.Add(new EmailChannel(options.Email, options.Timeout));
        }

        return channels;
    }
}
