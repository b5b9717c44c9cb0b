using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Jobs.Repair;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Platforms;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// The ledger, sync and publish flow on a real database (a fresh SQLite file, or a fresh PostgreSQL schema), with
/// a fake clock, a collecting publisher and recorded jobs the test runs when it moves the clock.
/// </summary>
internal sealed class LedgerHarness : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;

    private LedgerHarness(string directory, Dictionary<string, string?> settings, bool portable)
    {
        _directory = directory;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IScheduleSource>(Source);
        services.AddSingleton<IPublisherResolver>(Publisher);
        services.AddSingleton<IJobScheduler>(Jobs);
        services.AddSingleton<ICardRenderer>(new StampCardRenderer());
        if (portable)
        {
            services.AddSingleton<LedgerDialect>(p => new PortableSqliteDialect(p.GetRequiredService<LedgerDatabase>()));
        }

        services.AddPlatforms(configuration);
        services.AddPublishingLedger(configuration);
        services.AddAlertDelivery(configuration);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(Some.Now);

    public InMemoryScheduleSource Source { get; } = new();

    public CollectingPublisher Publisher { get; } = new();

    public RecordingJobScheduler Jobs { get; } = new();

    public string DatabaseFile => Path.Combine(_directory, "socialscheduler.db");

    public IPublicationLedger Ledger => Get<IPublicationLedger>();

    public IPublishingCommands Commands => Get<IPublishingCommands>();

    public IWebPostStore WebPosts => Get<IWebPostStore>();

    public static async Task<LedgerHarness> StartAsync(Dictionary<string, string?>? settings = null, string? postgres = null, bool portable = false)
    {
        var directory = Directory.CreateTempSubdirectory("ss-jobs-").FullName;
        settings ??= [];
        if (postgres is null)
        {
            settings.TryAdd("Storage:ConnectionString", $"Data Source={Path.Combine(directory, "socialscheduler.db")}");
        }
        else
        {
            settings["Storage:Provider"] = "PostgreSql";
            settings["Storage:ConnectionString"] = await PostgresSchemas.CreateAsync(postgres);
        }

        var harness = new LedgerHarness(directory, settings, portable);
        await harness.Get<PublishingDatabase>().MigrateAsync();
        return harness;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<SyncSummary> SyncAsync() => Get<ScheduleSynchronizer>().SyncAsync();

    public Task<PublicationRecord?> RecordAsync(string postId, string locale = "en", string account = "outbox") =>
        Ledger.GetAsync(new PublicationKey("child-safety-online-now", postId, account, locale));

    /// <summary>Moves the clock to <paramref name="now"/> and runs every job due by then, as the Hangfire server would.</summary>
    public async Task RunDueAsync(DateTimeOffset? now = null)
    {
        if (now is { } t && t > Time.GetUtcNow())
        {
            Time.SetUtcNow(t);
        }

        IReadOnlyList<ScheduledJob> due;
        while ((due = Jobs.TakeDue(Time.GetUtcNow())).Count > 0)
        {
            foreach (var job in due)
            {
                await Get<PublishFlow>().RunAsync(job.PublicationId, job.Revision, CancellationToken.None);
            }
        }
    }

    public Task<int> ReconcileAsync() => Get<Reconciler>().ReconcileAsync(orphansOnly: false);

    public Task<int> SweepAsync() => Get<Sweeper>().SweepAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
