using System.Diagnostics;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Skeleton;

/// <summary>The service started as a user starts it, with a setting it cannot work with.</summary>
public sealed class BadSettingProgramFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bad-setting-program-").FullName;

    [Fact]
    public async Task An_account_MaxImageBytes_too_low_for_any_card_stops_the_service_saying_what_to_write()
    {
        var (code, output) = await RunAsync(new()
        {
            ["Accounts__bluesky__Platform"] = "Bluesky",
            ["Accounts__bluesky__MaxImageBytes"] = "50000",
        });

        Assert.True(code == ExitCodes.InvalidInput, $"exit code {code}: {output}");
        Assert.Contains(
            "Configuration is not valid: Accounts:bluesky:MaxImageBytes = 50000 is below the smallest a card can be encoded to: write at least 80000",
            output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "SocialScheduler.Worker"))
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Imaging__AssetsPath"] = RepoPaths.Assets;
        start.Environment["Campaign__Path"] = RepoPaths.Campaign;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The program did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A service that started despite the setting would run on: stop it and fail on what it printed.
            process.Kill(entireProcessTree: true);
            return (-1, "still running after 60 s");
        }

        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
