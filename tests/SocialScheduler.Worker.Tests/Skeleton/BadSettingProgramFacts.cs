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

    [Fact]
    public async Task An_account_on_a_platform_that_is_not_one_stops_the_service_naming_the_key_and_the_platforms()
    {
        var (code, output) = await RunAsync(new() { ["Accounts__tw__Platform"] = "Twitter" });

        Assert.True(code == ExitCodes.InvalidInput, $"exit code {code}: {output}");
        Assert.Contains(
            "Configuration is not valid: Accounts:tw:Platform is 'Twitter', which is not a platform: use one of Outbox, X, Mastodon, Bluesky, LinkedIn, Facebook, Instagram, Threads.",
            output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Publishing__RetryBaseDelay", "Publishing:RetryBaseDelay")]
    [InlineData("Publishing__WorkerCount", "Publishing:WorkerCount")]
    [InlineData("Accounts__bluesky__MaxImageBytes", "Accounts:bluesky:MaxImageBytes")]
    public async Task A_setting_that_is_not_readable_as_its_type_stops_the_service_naming_the_setting(string variable, string key)
    {
        var (code, output) = await RunAsync(new() { [variable] = "two hours" });

        Assert.True(code == ExitCodes.InvalidInput, $"exit code {code}: {output}");
        Assert.Contains($"Configuration is not valid: {key} = 'two hours' cannot be read as", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_with_a_campaign_folder_that_does_not_exist_says_which_folder_and_what_to_set()
    {
        var missing = Path.Combine(_folder, "no-such-campaign");
        var (code, output) = await RunAsync(new() { ["Campaign__Path"] = missing }, "render", "--out", Path.Combine(_folder, "cards"));

        Assert.True(code == ExitCodes.InvalidInput, $"exit code {code}: {output}");
        Assert.Contains(missing, output, StringComparison.Ordinal);
        Assert.Contains("Campaign:Path", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accounts__tw__Platform", "Twitter")]
    [InlineData("Publishing__RetryBaseDelay", "two hours")]
    public async Task A_bad_setting_leaves_the_ledger_file_as_it_was(string variable, string value)
    {
        // A ledger from an earlier run, holding a publication the service must not lose.
        var ledger = Path.Combine(_folder, "data", "socialscheduler.db");
        Directory.CreateDirectory(Path.GetDirectoryName(ledger)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={ledger};Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE kept (id TEXT); INSERT INTO kept VALUES ('child-safety-online-now/reports-2021/outbox/en');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var before = await File.ReadAllBytesAsync(ledger, TestContext.Current.CancellationToken);

        var (code, output) = await RunAsync(new() { [variable] = value });

        Assert.True(code == ExitCodes.InvalidInput, $"exit code {code}: {output}");
        Assert.Equal(before, await File.ReadAllBytesAsync(ledger, TestContext.Current.CancellationToken));
    }

    private async Task<(int Code, string Output)> RunAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "SocialScheduler.Worker"))
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
