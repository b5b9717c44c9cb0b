using System.Text;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

public sealed class PlanVerbFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ss-plan-").FullName;

    [Fact]
    public async Task The_plan_lists_each_publication_in_utc_and_local_time()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules);

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "4", "--locale", "fr");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2 publications from 2026-11-28 10:00Z to 2026-12-02 10:00Z", lines[0]);
        Assert.Equal("UTC               Local                    Zone             Account  Platform  Locale  Post          Card", lines[1]);
        Assert.Equal("2026-12-01 08:00  2026-12-01 09:00 +01:00  Europe/Brussels  outbox   Outbox    fr      reports-2021  reports-2021", lines[3]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task More_than_100_x_posts_in_15_minutes_is_warned_about()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "burst.yaml"), Burst(101, "x-main"), TestContext.Current.CancellationToken);
        using var services = ScheduleVerbHost.Build(_folder);

        var (_, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "30");

        Assert.Contains(
            "warning PL001: account x-main (X) needs 101 between 2026-12-01 08:00Z and 2026-12-01 08:10Z; X allows 100 posts per 15 minutes per user: spread those posts out",
            output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_x_plan_caps_per_day_and_month_come_from_configuration()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "burst.yaml"), Burst(20, "x-main"), TestContext.Current.CancellationToken);
        using var services = ScheduleVerbHost.Build(_folder, ("Plans:X:PostsPerDay", "17"), ("Plans:X:PostsPerMonth", "15"));

        var (_, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "30");

        Assert.Contains("warning PL005: account x-main (X) needs 20 between 2026-12-01 08:00Z and 2026-12-01 08:01Z; the X plan allows 17 posts per 24 hours (Plans:X:PostsPerDay): spread those posts out", output, StringComparison.Ordinal);
        Assert.Contains("warning PL006: account x-main (X) has 20 posts in 2026-12; the X plan allows 15 per month (Plans:X:PostsPerMonth)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_filter_is_invalid_input()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules);

        var (code, _, error) = await ScheduleVerbHost.RunAsync(services, "plan", "--account", "x-backup");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("'x-backup' is not a configured account; use one of: bsky, outbox, x-main", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_number_of_days_is_wrong_usage()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules);

        var (code, _, error) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "soon");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("--days needs a whole number of days from 1 to 3660", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A schedule of <paramref name="count"/> posts six seconds apart from 09:00 Brussels on 1 December.</summary>
    private static string Burst(int count, string account)
    {
        var yaml = new StringBuilder("campaign: child-safety-online-now\ntimeZone: Europe/Brussels\nposts:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append($"  - id: burst-{i}\n    at: \"2026-12-01T09:{i * 6 / 60:00}:{i * 6 % 60:00}\"\n    accounts: [{account}]\n    locales: [en]\n    text:\n      en: \"Post {i}\"\n");
        }

        return yaml.ToString();
    }
}
