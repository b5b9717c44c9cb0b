using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Storage;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// One fault scenario: a schedule of N posts, a fake platform, worker processes on a SQLite file or a PostgreSQL
/// schema, and the final count of what the platform accepted and what the ledger says.
/// </summary>
internal sealed class FaultRun : IAsyncDisposable
{
    private readonly List<WorkerProcess> _workers = [];

    private FaultRun(string directory, Dictionary<string, string> settings, int posts)
    {
        (Directory, Settings, PostCount) = (directory, settings, posts);
    }

    public string Directory { get; }

    public Dictionary<string, string> Settings { get; }

    public int PostCount { get; }

    public FakePlatform Platform { get; } = new();

    public string Log => Path.Combine(Directory, "workers.log");

    /// <summary>Full figures when SOCIALSCHEDULER_FAULT_FULL=1 (see run-fault-tests.sh); CI runs the short ones.</summary>
    public static bool Full => Environment.GetEnvironmentVariable("SOCIALSCHEDULER_FAULT_FULL") == "1";

    /// <summary>
    /// SOCIALSCHEDULER_FAULT_SCALE (above 0, at most 1; run-fault-tests.sh --scale) shrinks the full figures, so the
    /// full suite's scenarios can be proven at a small size on a shared machine.
    /// </summary>
    public static double Scale =>
        double.TryParse(Environment.GetEnvironmentVariable("SOCIALSCHEDULER_FAULT_SCALE"), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 1 ? s : 1;

    /// <summary><paramref name="full"/> (scaled) in the full suite, <paramref name="ci"/> in CI.</summary>
    public static int Size(int full, int ci) => Full ? Math.Max(1, (int)Math.Round(full * Scale)) : ci;

    /// <summary>A scenario only the full suite runs: skipped with the reason in CI.</summary>
    public static void RequireFull(string what)
    {
        if (!Full)
        {
            Assert.Skip($"{what} runs in the full fault suite only (tests/run-fault-tests.sh).");
        }
    }

    /// <param name="locales">Each post goes out once per locale (English only when not given).</param>
    /// <param name="databaseDirectory">Where the SQLite file lives (the run's folder when not given), e.g. a small disk.</param>
    public static async Task<FaultRun> CreateAsync(int posts, TimeSpan spread, string? postgres = null, string[]? locales = null, string? databaseDirectory = null)
    {
        locales ??= ["en"];
        var directory = System.IO.Directory.CreateTempSubdirectory("ss-fault-").FullName;
        var start = TimeProvider.System.GetUtcNow().AddSeconds(4);
        var schedule = Enumerable.Range(0, posts).Select(i => new ScheduledPost(
            "faults", $"post-{i:D5}", start + (spread * i / posts), "UTC", ["fake"], locales, null,
            locales.ToDictionary(l => l, l => $"Post {i} ({l}) #ChildSafetyOnlineNow"), "file")).ToList();
        var scheduleFile = Path.Combine(directory, "schedule.json");
        await File.WriteAllTextAsync(scheduleFile, JsonSerializer.Serialize(schedule));
        var settings = new Dictionary<string, string>
        {
            ["Harness:Schedule"] = scheduleFile,
            ["Publishing:SchedulePollingInterval"] = "00:00:01",
            ["Publishing:ReconcileAfter"] = "00:00:10", // above the harness's 5 s HTTP timeout, as the rule requires
            ["Publishing:RepairInterval"] = "00:00:02",
            ["Publishing:RetryBaseDelay"] = "00:00:01",
            ["Publishing:WorkerCount"] = "8",
        };
        if (postgres is null)
        {
            settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(databaseDirectory ?? directory, "socialscheduler.db")}";
        }
        else
        {
            var cs = await PostgresSchemas.CreateAsync(postgres);
            settings["Storage:Provider"] = "PostgreSql";
            settings["Storage:ConnectionString"] = cs;
            settings["Publishing:HangfireSchema"] = new Npgsql.NpgsqlConnectionStringBuilder(cs).SearchPath + "_hangfire";
        }

        var run = new FaultRun(directory, settings, posts * locales.Length);
        settings["Harness:Platform"] = run.Platform.Url.ToString();
        return run;
    }

    public WorkerProcess StartWorker(double crashAfterSendPercent = 0)
    {
        var settings = new Dictionary<string, string>(Settings) { ["Harness:CrashAfterSendPercent"] = crashAfterSendPercent.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var worker = WorkerProcess.Start(settings, Log);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>
    /// What an operator's <c>pause</c> or <c>resume</c> runs: the publishing services of another process on the run's
    /// database, with no server started.
    /// </summary>
    public ServiceProvider OperatorServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IScheduleSource>(new InMemoryScheduleSource());
        services.AddSingleton<IPublisherResolver>(new CollectingPublisher());
        services.AddPublishingPipeline(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>How many ledger records are in each state (read straight from the database).</summary>
    public async Task<Dictionary<string, long>> StatesAsync()
    {
        try
        {
            var rows = await QueryAsync<(string State, long Count)>("SELECT state, COUNT(*) FROM publishing_publications GROUP BY state");
            return rows.ToDictionary(r => r.State, r => r.Count);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            return [];
        }
    }

    /// <summary>Reads the run's database straight, as an operator with a SQL prompt would.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null)
    {
        using var database = new LedgerDatabase(StorageOptions());
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<T>(sql, args)).AsList();
    }

    /// <summary>How many claims (moves to Sending) the ledger's history records after <paramref name="after"/>.</summary>
    public async Task<long> ClaimsAfterAsync(DateTimeOffset after) =>
        (await QueryAsync<long>("SELECT COUNT(*) FROM publishing_history WHERE to_state = 'Sending' AND at_ms > @after",
            new { after = after.ToUnixTimeMilliseconds() }))[0];

    private StorageOptions StorageOptions()
    {
        var options = new StorageOptions { ConnectionString = Settings["Storage:ConnectionString"] };
        if (Settings.TryGetValue("Storage:Provider", out var provider))
        {
            options.Provider = Enum.Parse<StorageProvider>(provider);
        }

        return options;
    }

    /// <summary>Waits until every publication is Published, or the timeout passes.</summary>
    public async Task<bool> AllPublishedAsync(TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            var states = await StatesAsync();
            if (states.GetValueOrDefault("Published") == PostCount)
            {
                return true;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        return false;
    }

    /// <summary>Publications the platform accepted more than once, and ones it never got.</summary>
    public (int Duplicated, int Lost) Count()
    {
        var byPublication = Platform.Posts.GroupBy(p => p.Publication).ToDictionary(g => g.Key, g => g.Count());
        return (byPublication.Count(p => p.Value > 1), PostCount - byPublication.Count);
    }

    public string Describe(Dictionary<string, long> states)
    {
        var (duplicated, lost) = Count();
        return $"states {string.Join(", ", states.Select(s => $"{s.Key}={s.Value}"))}; platform accepted {Platform.Posts.Count}, " +
            $"{duplicated} duplicated, {lost} lost; log {Log}";
    }

    /// <summary>
    /// Appends this run's figures to the file named by SOCIALSCHEDULER_FAULT_REPORT (run-fault-tests.sh prints it),
    /// so the full runs leave their numbers, not only pass or fail.
    /// </summary>
    public async Task ReportAsync(string scenario, Dictionary<string, long> states, TimeSpan elapsed, string? extra = null)
    {
        var file = Environment.GetEnvironmentVariable("SOCIALSCHEDULER_FAULT_REPORT");
        if (string.IsNullOrEmpty(file))
        {
            return;
        }

        var (duplicated, lost) = Count();
        await File.AppendAllTextAsync(file,
            $"| {scenario} | {PostCount} | {lost} | {duplicated} | {states.GetValueOrDefault("Sending")} | {elapsed.TotalSeconds:0} s | " +
            $"{string.Join(", ", states.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}{(extra is null ? "" : "; " + extra)} |\n");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }

        await Platform.DisposeAsync();
    }
}
