using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Jobs.Accounts;
using SocialScheduler.Jobs.Health;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Repair;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs;

public static class PublishingPipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the publication ledger, Hangfire (storage from <c>Storage:*</c>, a server on the <c>publish</c>
    /// queue), the schedule sync, the publish job, the repair jobs and the <c>/healthz</c> checks. Needs an
    /// <see cref="Core.Schedules.IScheduleSource"/> and an <see cref="Core.Publishing.IPublisherResolver"/>;
    /// an <see cref="Core.Cards.ICardRenderer"/> when posts have cards.
    /// </summary>
    public static IServiceCollection AddPublishingPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPublishingLedger(configuration);
        // The storage is a singleton of this container, not Hangfire's static one, so two hosts never share it.
        services.AddSingleton(provider => HangfireStorageSetup.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<IOptions<PublishingOptions>>().Value.HangfireSchema));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        // Before the Hangfire server: the pending jobs must exist (rebuilt, synced) when it starts polling.
        services.AddHostedService<PipelineStartup>();
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<IOptions<PublishingOptions>>().Value;
            server.Queues = [PublishJob.Queue, "default"];
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            server.ServerName = provider.GetRequiredService<ServerIdentity>().Name;
            server.HeartbeatInterval = HangfireJobScheduler.HeartbeatInterval;
        });
        services.AddSingleton<IClaimHolders>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider is StorageProvider.PostgreSql or StorageProvider.SqlServer
                ? ActivatorUtilities.CreateInstance<HangfireServerHolders>(provider)
                : ActivatorUtilities.CreateInstance<EmbeddedClaimHolders>(provider));
        services.AddHostedService<RepairService>();
        services.AddAlertDelivery(configuration);
        services.AddHealthChecks()
            .AddCheck<PublishServerHealthCheck>("publish-server")
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<LatePublicationsHealthCheck>("late-publications")
            .AddCheck<DiskSpaceHealthCheck>("disk-space");
        return services;
    }

    /// <summary>
    /// The ledger alone (queries, commands, web posts, migrations) without a Hangfire server: what CLI verbs and
    /// tests need. <see cref="AddPublishingPipeline"/> includes it.
    /// </summary>
    public static IServiceCollection AddPublishingLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApprovalOptions>().Bind(configuration.GetSection(ApprovalOptions.Section));
        services.TryAddSingleton(_ => MissedWindow.From(configuration));
        services.AddOptions<PublishingOptions>().Configure<MissedWindow>((o, window) => o.MissedWindow = window.Value);
        services.PostConfigure<PublishingOptions>(o => o.JobHorizon ??= DefaultHorizon(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServerIdentity>();
        services.TryAddSingleton<FullDisks>();
        services.TryAddSingleton(p => new LedgerDatabase(p.GetRequiredService<IOptions<StorageOptions>>().Value) { Disks = p.GetRequiredService<FullDisks>() });
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<PublishingDatabase>();
        services.TryAddSingleton(p => LedgerDialect.For(p.GetRequiredService<LedgerDatabase>()));
        services.TryAddSingleton<LedgerQueries>();
        services.TryAddSingleton<IPublicationLedger>(p => p.GetRequiredService<LedgerQueries>());
        services.TryAddSingleton<LedgerTransitions>();
        services.TryAddSingleton<LedgerSync>();
        services.TryAddSingleton<LedgerJobLinks>();
        services.TryAddSingleton<LedgerSeries>();
        services.TryAddSingleton<LedgerPauses>();
        // Replaces the in-process memory the platforms register for hosts without a ledger, in either order.
        services.Replace(ServiceDescriptor.Singleton<IPublishSteps, LedgerPublishSteps>());
        services.TryAddSingleton<WebPostStore>();
        services.TryAddSingleton<Contributors>();
        services.TryAddSingleton<IWebPostStore, SyncedWebPostStore>();
        services.TryAddSingleton<IWebPostSource>(p => p.GetRequiredService<WebPostStore>());
        services.TryAddSingleton<IPublishingCommands, PublishingCommands>();
        services.TryAddSingleton<PipelineState>();
        services.TryAddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.TryAddSingleton<PublicationScheduler>();
        services.TryAddSingleton<ScheduleSynchronizer>();
        services.AddPostsInForce();
        services.TryAddSingleton<LedgerPostHistory>();
        services.TryAddSingleton<IPostHistory>(p => p.GetRequiredService<LedgerPostHistory>());
        services.TryAddSingleton<ReadinessRule>();
        // Cards are drawn under their platform's limits; the host adds the descriptions (an empty catalog refuses every platform).
        services.PlatformCatalog();
        services.TryAddSingleton<CardTargets>();
        services.TryAddSingleton<PublishRequestFactory>();
        services.TryAddSingleton<PublicationOutcomes>();
        services.TryAddSingleton<IPublishingAlerts, LoggingPublishingAlerts>();
        services.AddAlertOutbox(configuration);
        services.TryAddSingleton<DiskFullGuard>();
        services.TryAddSingleton<PublishFlow>();
        services.TryAddSingleton<Sweeper>();
        services.TryAddSingleton<IClaimHolders, EmbeddedClaimHolders>();
        services.TryAddSingleton<Reconciler>();
        services.TryAddTransient<PublishJob>();
        services.TryAddSingleton<ConnectedAccounts>();
        services.TryAddSingleton<IConnectedAccountStore, ConnectedAccountStore>();
        services.TryAddSingleton<IAccountPublications, AccountPublications>();
        return services;
    }

    private static TimeSpan? DefaultHorizon(IConfiguration configuration) =>
        Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.Section}:Provider"], true, out var p) && p is StorageProvider.PostgreSql or StorageProvider.SqlServer
            ? TimeSpan.FromHours(1)
            : null;
}
