using System.Diagnostics;
using Microsoft.Extensions.Options;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Schedules;

/// <summary>
/// <c>Publishing:MissedWindow</c> is judged by one rule: <c>validate</c> refuses the value the service refuses to
/// start with, in the same words, instead of checking schedules against a window the service would never use.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MissedWindowSettingFacts : IDisposable
{
    private const string Rule = "Publishing:MissedWindow must be a positive time span such as 02:00:00.";

    private readonly string _folder = Directory.CreateTempSubdirectory("ss-missed-window-").FullName;

    [Theory]
    [InlineData("-01:00:00")]
    [InlineData("00:00:00")]
    [InlineData("two hours")]
    public async Task Validate_refuses_a_missed_window_that_is_not_a_positive_time_span_naming_the_setting(string value)
    {
        var (code, output) = await RunValidateAsync(value);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith("Configuration is not valid: ", output, StringComparison.Ordinal);
        Assert.Contains(Rule, output, StringComparison.Ordinal);
        Assert.DoesNotContain("valid posts", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_refuses_a_negative_missed_window_in_the_same_words_as_validate()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            WebTestHost.StartAsync(new Dictionary<string, string?> { ["Publishing:MissedWindow"] = "-01:00:00" }, folder: _folder));

        Assert.Contains(Rule, refused.Failures);
    }

    private async Task<(int Code, string Output)> RunValidateAsync(string missedWindow)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "SocialScheduler.Worker"))
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("validate");
        start.Environment["Schedules__Path"] = RepoPaths.Schedules;
        start.Environment["Campaign__Path"] = RepoPaths.Campaign;
        start.Environment["Imaging__AssetsPath"] = RepoPaths.Assets;
        start.Environment["Publishing__MissedWindow"] = missedWindow;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The program did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
