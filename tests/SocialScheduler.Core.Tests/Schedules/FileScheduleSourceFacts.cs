using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Tests.Support;

namespace SocialScheduler.Core.Tests.Schedules;

public class FileScheduleSourceFacts
{
    [Fact]
    public void Every_yaml_file_of_the_folder_is_loaded()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first")));
        folder.Write("b.yaml", Yaml.Schedule(Yaml.Post("second", "2026-12-02T09:00")));
        folder.Write("notes.txt", "not a schedule");
        using var source = Some.Source(folder.Path);

        var snapshot = source.Current;

        Assert.Equal(["first", "second"], snapshot.Posts.Select(p => p.Id));
        Assert.False(snapshot.HasErrors);
        Assert.Equal(Some.Now, snapshot.LoadedAt);
    }

    [Fact]
    public void A_file_that_breaks_keeps_its_last_good_version_and_shows_its_errors()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first")));
        using var source = Some.Source(folder.Path);
        var good = source.Current.Posts;

        File.WriteAllText(file, Yaml.Schedule(Yaml.Post("first", "2026-12-01T09:00"), Yaml.Post("first", "2026-12-03T09:00")));
        var snapshot = source.Reload();

        Assert.Equal(good, snapshot.Posts);
        Assert.Contains(snapshot.Diagnostics, d => d.IsError && d.Code == "SS014" && d.File == file);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == "SS036"
            && d.Message == "the file has errors; its last good version (1 posts) stays scheduled until they are fixed");
    }

    [Fact]
    public void After_its_posts_have_passed_a_running_campaign_file_still_takes_edits()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first"), Yaml.Post("second", "2026-12-20T09:00")));
        var clock = Some.Clock();
        using var source = Some.Source(folder.Path, clock);
        _ = source.Current;

        clock.Advance(TimeSpan.FromDays(10));
        File.WriteAllText(file, Yaml.Schedule(Yaml.Post("first"), Yaml.Post("second", "2026-12-20T09:00", text: "Corrected text.")));
        var snapshot = source.Reload();

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal("Corrected text. #ChildSafetyOnlineNow", snapshot.Posts.Single(p => p.Id == "second").Text["en"]);
    }

    [Fact]
    public void Moving_a_post_into_the_past_is_refused_and_the_file_keeps_its_last_good_version()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first", "2026-12-20T09:00")));
        var clock = Some.Clock();
        using var source = Some.Source(folder.Path, clock);
        var good = source.Current.Posts;

        clock.Advance(TimeSpan.FromDays(5));
        File.WriteAllText(file, Yaml.Schedule(Yaml.Post("first", "2026-11-30T09:00")));
        var snapshot = source.Reload();

        Assert.Equal(good, snapshot.Posts);
        Assert.Contains(snapshot.Diagnostics, d => d is { IsError: true, Code: "SS021", Line: 6 }
            && d.Message.Contains("a post cannot be moved into the past", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_first_fixed_after_its_posts_passed_loads_with_warnings_not_errors()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first"), Yaml.Post("first", "2026-12-02T09:00")));
        var clock = Some.Clock();
        using var source = Some.Source(folder.Path, clock);
        Assert.Empty(source.Current.Posts);

        clock.Advance(TimeSpan.FromDays(10));
        File.WriteAllText(file, Yaml.Schedule(Yaml.Post("first"), Yaml.Post("second", "2026-12-02T09:00")));
        var snapshot = source.Reload();

        Assert.Equal(["first", "second"], snapshot.Posts.Select(p => p.Id));
        Assert.All(snapshot.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, "SS021"), (d.Severity, d.Code)));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_other_files()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "campaign: [");
        folder.Write("b.yaml", Yaml.Schedule(Yaml.Post("second")));
        using var source = Some.Source(folder.Path);

        var snapshot = source.Current;

        Assert.Equal(["second"], snapshot.Posts.Select(p => p.Id));
        Assert.Contains(snapshot.Diagnostics, d => d.IsError && d.File.EndsWith("a.yaml", StringComparison.Ordinal) && d.Code == "SS004" && d.Line > 0);
    }

    [Fact]
    public void An_unchanged_reload_gives_equal_posts_and_tells_nobody()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first")));
        using var source = Some.Source(folder.Path);
        var before = source.Current;
        var notified = 0;
        using var subscription = source.Subscribe(_ => notified++);

        var after = source.Reload();

        Assert.Equal(before.Posts, after.Posts);
        Assert.Equal(0, notified);
    }

    [Fact]
    public void A_deleted_file_withdraws_its_posts()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first")));
        folder.Write("b.yaml", Yaml.Schedule(Yaml.Post("second")));
        using var source = Some.Source(folder.Path);
        _ = source.Current;
        ScheduleSnapshot? seen = null;
        using var subscription = source.Subscribe(s => seen = s);

        File.Delete(file);
        source.Reload();

        Assert.Equal(["second"], seen!.Posts.Select(p => p.Id));
    }

    [Fact]
    public async Task A_saved_change_is_picked_up_by_the_watcher()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Yaml.Schedule(Yaml.Post("first")));
        var clock = Some.Clock();
        using var source = Some.Source(folder.Path, clock);
        _ = source.Current;
        source.StartWatching();

        File.WriteAllText(file, Yaml.Schedule(Yaml.Post("first", "2026-12-05T10:30")));
        for (var i = 0; i < 200 && source.Current.Posts[0].DueUtc.Day != 5; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.Zero), source.Current.Posts[0].DueUtc);
    }
}
