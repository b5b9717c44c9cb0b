using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
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
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, extra: s => s.AddSingleton<IWebPostStore>(new ListedWebPosts(web)));

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "2", "--locale", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2026-11-29 17:00  2026-11-29 17:00 +00:00  Europe/London  outbox   Outbox    en      web-post  -", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_post_store_that_cannot_be_read_leaves_the_file_plan_with_a_note()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules, extra: s => s.AddSingleton<IWebPostStore>(new ListedWebPosts(null)));

        var (code, output, error) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "4", "--locale", "en");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("2 publications", output, StringComparison.Ordinal);
        Assert.Contains("note: posts written in the web UI are not included: no such table: publishing_web_posts", error, StringComparison.Ordinal);
    }

    /// <summary>A web post store holding the given post, or failing as a database without its tables does.</summary>
    private sealed class ListedWebPosts(ScheduledPost? post) : IWebPostStore
    {
        public Task<IReadOnlyList<ScheduledPost>> ListAsync(CancellationToken cancellationToken = default) =>
            post is null
                ? throw new InvalidOperationException("no such table: publishing_web_posts")
                : Task.FromResult<IReadOnlyList<ScheduledPost>>([post]);

        public Task SaveAsync(ScheduledPost post, string author, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> DeleteAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
