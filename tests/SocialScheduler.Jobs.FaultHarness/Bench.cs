using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Scheduling;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.FaultHarness;

/// <summary>
/// <c>bench [--jobs N] [--posts N] [--load N] [--postgres CONNECTION] [--storage sqlite|postgres] [--workers 8] [--verbose true]</c>:
/// the figures of the publishing pipeline on SQLite (Hangfire in memory) and PostgreSQL side by side, as a Markdown
/// table. Both rates are timed the same way: from an empty, installed storage with a stopped server, through job
/// creation, until every job has run. Schema installation is outside every clock, the load's too.
/// </summary>
internal static class Bench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var (jobs, posts, load) = (options.GetValue("jobs", 2000), options.GetValue("posts", 2000), options.GetValue("load", 10_000));
        var postgres = options["postgres"];
        var only = options["storage"];
        Verbose = options.GetValue("verbose", false);
        Workers = options.GetValue("workers", 8);
        Console.WriteLine($"| Storage | trivial jobs/s ({jobs}, incl. creation) | publications/s ({posts}, incl. creation) | ratio | load {load} posts | reload unchanged (new jobs) | delayed start lateness p50 / p95 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (storage, connection) in new[] { ("SQLite (Hangfire in memory)", (string?)null), ("PostgreSQL", postgres) })
        {
            if ((storage == "PostgreSQL" && string.IsNullOrEmpty(connection)) || (only is not null && !storage.StartsWith(only, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var f = await MeasureAsync(connection, jobs, posts, load);
            Console.WriteLine($"| {storage} | {f.JobsPerSecond:0} | {f.PublicationsPerSecond:0} | {f.PublicationsPerSecond / f.JobsPerSecond:0.00}× | {f.Load.TotalSeconds:0.00} s | {f.Reload.TotalSeconds:0.00} s ({f.ReloadJobs}) | {f.LatenessP50.TotalSeconds:0.00} / {f.LatenessP95.TotalSeconds:0.00} s |");
        }

        return 0;
    }

    private sealed record Figures(double JobsPerSecond, double PublicationsPerSecond, TimeSpan Load, TimeSpan Reload, int ReloadJobs, TimeSpan LatenessP50, TimeSpan LatenessP95);

    private static async Task<Figures> MeasureAsync(string? postgres, int jobs, int posts, int load)
    {
        var trivial = await TrivialJobsAsync(postgres, jobs);
        var now = TimeProvider.System.GetUtcNow();
        var (publications, _) = await PipelineAsync(postgres, Posts(posts, now.AddSeconds(-1), TimeSpan.Zero), posts);
        var (loadTime, reloadTime, reloadJobs) = await LoadAsync(postgres, load);
        var lateSchedule = Posts(500, TimeProvider.System.GetUtcNow().AddSeconds(8), TimeSpan.FromSeconds(10));
        var (_, lateness) = await PipelineAsync(postgres, lateSchedule, 500);
        lateness.Sort();
        return new Figures(trivial, publications, loadTime, reloadTime, reloadJobs, lateness[lateness.Count / 2], lateness[(int)(lateness.Count * 0.95)]);
    }

    private static async Task<double> TrivialJobsAsync(string? postgres, int count)
    {
        ResetHangfireLogging();
        var storage = HangfireStorageSetup.Create(await StorageAsync(postgres), "bench_hf_" + Guid.NewGuid().ToString("N")[..8]);
        var client = new BackgroundJobClient(storage);
        Counter.Reset();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = Workers, Queues = ["default"] }, storage))
        {
            for (var i = 0; i < count; i++)
            {
                client.Enqueue(() => Counter.Hit());
            }

            while (Counter.Count < count)
            {
                await Task.Delay(50);
            }
        }

        if (Verbose)
        {
            Console.Error.WriteLine($"trivial jobs: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count:0} µs CPU per job");
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double PerSecond, List<TimeSpan> Lateness)> PipelineAsync(string? postgres, IReadOnlyList<ScheduledPost> schedule, int expected)
    {
        var publisher = new InstantPublisher(schedule.ToDictionary(p => p.Id, p => p.DueUtc));
        using var host = await HostAsync(postgres, new FixedSource(schedule), publisher);
        await InstallAsync(host);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        if (Verbose)
        {
            Console.Error.WriteLine($"started (sync and job creation) after {watch.Elapsed.TotalSeconds:0.00} s");
        }

        var ledger = host.Services.GetRequiredService<IPublicationLedger>();
        while ((await ledger.CountByStateAsync(PublicationFilter.All)).GetValueOrDefault(PublicationState.Published) < expected)
        {
            await Task.Delay(50); // as for the trivial jobs
        }

        var rate = expected / watch.Elapsed.TotalSeconds;
        if (Verbose)
        {
            Console.Error.WriteLine($"pipeline: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / expected:0} µs CPU per publication");
        }

        await host.StopAsync();
        return (rate, publisher.Lateness.ToList());
    }

    private static async Task<(TimeSpan Load, TimeSpan Reload, int ReloadJobs)> LoadAsync(string? postgres, int count)
    {
        var schedule = Posts(count, TimeProvider.System.GetUtcNow().AddMinutes(10), TimeSpan.FromMinutes(40));
        using var host = await HostAsync(postgres, new FixedSource(schedule), new InstantPublisher([]));
        await InstallAsync(host);
        var watch = Stopwatch.StartNew();
        await host.StartAsync(); // sync, create the delayed jobs
        var loadTime = watch.Elapsed;
        watch.Restart();
        var again = await host.Services.GetRequiredService<ScheduleSynchronizer>().SyncAsync();
        var reload = watch.Elapsed;
        await host.StopAsync();
        return (loadTime, reload, again.JobsCreated + again.Added + again.Moved);
    }

    // Outside the clock, as for the trivial jobs: Hangfire's schema and the ledger's tables.
    private static async Task InstallAsync(IHost host)
    {
        _ = host.Services.GetRequiredService<JobStorage>();
        await host.Services.GetRequiredService<PublishingDatabase>().MigrateAsync();
    }

    private static bool Verbose { get; set; }

    private static int Workers { get; set; }

    // A disposed host leaves its logger factory and job activator in Hangfire's global configuration.
    private static void ResetHangfireLogging() =>
        GlobalConfiguration.Configuration.UseColouredConsoleLogProvider(Hangfire.Logging.LogLevel.Warn).UseActivator(new JobActivator());

    private static async Task<IHost> HostAsync(string? postgres, IScheduleSource source, IPublisherResolver publisher)
    {
        ResetHangfireLogging();
        var storage = await StorageAsync(postgres);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage.Provider.ToString(),
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Publishing:HangfireSchema"] = "bench_hf_" + Guid.NewGuid().ToString("N")[..8],
            ["Publishing:WorkerCount"] = Workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Publishing:JobHorizon"] = "01:00:00",
        });
        if (Verbose)
        {
            builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat) = (true, "HH:mm:ss.fff "))
                .AddFilter("Hangfire", LogLevel.Warning).AddFilter("SocialScheduler.Jobs.Publishing", LogLevel.Warning)
                .SetMinimumLevel(LogLevel.Information);
        }

        builder.Services.AddSingleton(source);
        builder.Services.AddSingleton(publisher);
        builder.Services.AddPublishingPipeline(builder.Configuration);
        return builder.Build();
    }

    private static async Task<StorageOptions> StorageAsync(string? postgres)
    {
        if (postgres is null)
        {
            var file = Path.Combine(Directory.CreateTempSubdirectory("ss-bench-").FullName, "bench.db");
            return new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        }

        var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new Npgsql.NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new StorageOptions
        {
            Provider = StorageProvider.PostgreSql,
            ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema, MaxPoolSize = 60 }.ConnectionString,
        };
    }

    private static List<ScheduledPost> Posts(int count, DateTimeOffset first, TimeSpan spread) =>
        Enumerable.Range(0, count).Select(i => new ScheduledPost(
            "bench", $"post-{i:D5}", first + (spread * i / count), "UTC", ["bench"], ["en"], null,
            new Dictionary<string, string> { ["en"] = $"Post {i}" }, "file")).ToList();

    public static class Counter
    {
        private static int _count;

        public static int Count => Volatile.Read(ref _count);

        public static void Reset() => _count = 0;

        public static void Hit() => Interlocked.Increment(ref _count);
    }

    private sealed class FixedSource(IReadOnlyList<ScheduledPost> posts) : IScheduleSource
    {
        public ScheduleSnapshot Current { get; } = new(posts, [], DateTimeOffset.UnixEpoch);

        public IDisposable Subscribe(Action<ScheduleSnapshot> onChanged) => new CancellationTokenSource();
    }

    private sealed class InstantPublisher(Dictionary<string, DateTimeOffset> due) : IPlatformPublisher, IPublisherResolver
    {
        public ConcurrentBag<TimeSpan> Lateness { get; } = [];

        public string Platform => "Bench";

        public IPlatformPublisher ForAccount(string account) => this;

        public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
        {
            if (due.TryGetValue(request.PostId, out var at))
            {
                Lateness.Add(TimeProvider.System.GetUtcNow() - at);
            }

            return Task.FromResult(PublishResult.Published(request.IdempotencyKey, null));
        }
    }
}
