using Microsoft.Data.Sqlite;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Scheduling;

/// <summary>What the ledger tells the schedule rules about posts it holds (<see cref="IPostHistory"/>).</summary>
public abstract class PostHistoryFactsBase : LedgerFacts
{
    [Fact]
    public async Task A_synced_post_is_known_at_its_time_and_a_repeating_one_by_its_id()
    {
        await using var h = await StartAsync();
        var history = h.Get<IPostHistory>();
        Assert.Null(history.Find("child-safety-online-now", "once"));
        h.Source.Set(Some.Post("once", due: Some.Now.AddHours(1)), Some.Post("daily", due: Some.Now.AddHours(2)) with { Repeat = "0 10 * * *" });

        await h.SyncAsync();

        Assert.Equal(new KnownPost(Some.Now.AddHours(1), false), history.Find("child-safety-online-now", "once"));
        Assert.Equal(new KnownPost(Some.Now.AddDays(1).AddHours(1), true), history.Find("child-safety-online-now", "daily"));
        Assert.Null(history.Find("child-safety-online-now", "never"));
    }

    [Fact]
    public async Task After_a_restart_the_posts_are_read_back_from_the_ledger()
    {
        var settings = new Dictionary<string, string?>();
        if (!OnPostgres)
        {
            settings["Storage:ConnectionString"] = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("ss-history-").FullName, "ledger.db")}";
        }

        await using (var first = await StartAsync(settings))
        {
            first.Source.Set(Some.Post("once", due: Some.Now.AddHours(1)));
            await first.SyncAsync();
            if (OnPostgres)
            {
                settings = new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = first.Get<Storage.LedgerDatabase>().ConnectionString };
            }
        }

        SqliteConnection.ClearAllPools();
        await using var second = await LedgerHarness.StartAsync(settings, null);

        Assert.Equal(new KnownPost(Some.Now.AddHours(1), false), second.Get<IPostHistory>().Find("child-safety-online-now", "once"));
    }
}

public sealed class PostHistoryFacts : PostHistoryFactsBase
{
    [Fact]
    public async Task Without_a_database_file_nothing_is_known_and_no_file_is_made()
    {
        var folder = Directory.CreateTempSubdirectory("ss-history-").FullName;
        var file = Path.Combine(folder, "never.db");
        await using var h = await LedgerHarness.StartAsync(new() { ["Storage:ConnectionString"] = $"Data Source={file}" });
        File.Delete(file);
        SqliteConnection.ClearAllPools();

        var known = h.Get<IPostHistory>().Find("child-safety-online-now", "once");

        Assert.Null(known);
        Assert.False(File.Exists(file));
    }
}

public sealed class PostgresPostHistoryFacts : PostHistoryFactsBase
{
    protected override bool OnPostgres => true;
}
