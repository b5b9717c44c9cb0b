using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

public sealed class ValidateVerbFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ss-validate-").FullName;

    [Fact]
    public async Task The_repository_schedules_are_valid_and_nothing_alarming_is_printed()
    {
        using var services = ScheduleVerbHost.Build(RepoPaths.Schedules);

        var (code, output, error) = await ScheduleVerbHost.RunAsync(services, "validate");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("1 file, 6 valid posts, 0 errors, 0 warnings" + Environment.NewLine, output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task The_repository_schedules_stay_valid_after_their_dates_and_warn_that_those_posts_are_missed()
    {
        using var services = ScheduleVerbHost.Build(ScheduleVerbHost.Now.AddYears(1), RepoPaths.Schedules, null);

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.EndsWith("1 file, 6 valid posts, 0 errors, 6 warnings" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("warning SS021: posts[0].at 2026-12-01T09:00 (2026-12-01T09:00+01:00) has passed, so the post will not be published", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_exits_1_and_names_file_line_and_field()
    {
        var bad = Path.Combine(_folder, "dec.yaml");
        await File.WriteAllTextAsync(bad, """
            campaign: child-safety-online-now
            timeZone: Europe/Brussels
            posts:
              - id: reports-2021
                at: "2026-12-01T09:00"
                accounts: [x-main]
                locales: [en]
                text:
                  en: "
            """ + new string('a', 270) + "\"\n", TestContext.Current.CancellationToken);
        using var services = ScheduleVerbHost.Build(_folder);

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate", bad);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal(
            $"{bad}:9:11: error SS012: posts[0].text.en is 292 of 280 weighted characters on account x-main (X), hashtag included; shorten it by 12" + Environment.NewLine
            + "1 file, 0 valid posts, 1 error, 0 warnings" + Environment.NewLine,
            output);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_an_error_not_a_crash()
    {
        using var services = ScheduleVerbHost.Build(_folder);

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate", "schedules/nope.yaml");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith("schedules/nope.yaml:0:0: error SS035: no such file or folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_wrong_usage()
    {
        using var services = ScheduleVerbHost.Build(_folder);

        var (code, _, error) = await ScheduleVerbHost.RunAsync(services, "validate", "--strict");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("unknown option '--strict'", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
