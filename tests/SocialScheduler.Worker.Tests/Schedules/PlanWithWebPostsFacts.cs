using SocialScheduler.Core.Schedules;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

public class PlanWithWebPostsFacts
{
    [Fact]
    public async Task Posts_written_in_the_web_ui_are_planned_with_the_files()
    {
        var web = new ScheduledPost("child-safety-online-now", "web-post", new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero),
            "Europe/London", ["outbox"], ["en"], null, new Dictionary<string, string> { ["en"] = "Hello #ChildSafetyOnlineNow" }, "web");
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, extra: s => s.AddSingleton<IWebPostSource>(new ListedWebPosts(web)));

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "2", "--locale", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2026-11-29 17:00  2026-11-29 17:00 +00:00  Europe/London  outbox   Outbox    en      web-post  -", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_post_store_that_cannot_be_read_leaves_the_file_plan_with_a_note()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, extra: s => s.AddSingleton<IWebPostSource>(new ListedWebPosts(null)));

        var (code, output, error) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "4", "--locale", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("2 publications", output, StringComparison.Ordinal);
        Assert.Contains("note: posts written in the web UI are not included: no such table: publishing_web_posts", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_post_with_the_id_of_a_file_post_is_planned_once_as_the_file_says()
    {
        // The file post reports-2021 is due on 1 December at 09:00 Brussels; a web post of that id at 17:00 the day
        // before never publishes (the ledger takes the file's), so the plan must not list it nor count it twice.
        var web = new ScheduledPost("child-safety-online-now", "reports-2021", new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero),
            "Europe/London", ["outbox"], ["en"], null, new Dictionary<string, string> { ["en"] = "Shadowed #ChildSafetyOnlineNow" }, "web");
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, extra: s => s.AddSingleton<IWebPostSource>(new ListedWebPosts(web)));

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "4", "--locale", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("2 publications", output, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 08:00  2026-12-01 09:00 +01:00  Europe/Brussels  outbox   Outbox    en      reports-2021", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-11-30 17:00", output, StringComparison.Ordinal);
    }

    /// <summary>A web post source holding the given post, or failing as a database without its tables does.</summary>
    private sealed class ListedWebPosts(ScheduledPost? post) : IWebPostSource
    {
        public Task<IReadOnlyList<AuthoredPost>> ListAuthoredAsync(CancellationToken cancellationToken = default) =>
            post is null
                ? throw new InvalidOperationException("no such table: publishing_web_posts")
                : Task.FromResult<IReadOnlyList<AuthoredPost>>([new AuthoredPost(post, "alice")]);

        public Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default) =>
            Task.FromResult(post is not null && post.Campaign == campaign && post.Id == postId ? post : null);
    }
}
