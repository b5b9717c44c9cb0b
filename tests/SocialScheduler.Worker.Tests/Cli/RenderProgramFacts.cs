using System.Diagnostics;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Cli;

/// <summary><c>render</c> as a user runs it: the real program in its own process, configured through the environment.</summary>
public sealed class RenderProgramFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("render-program-").FullName;

    [Fact]
    public async Task The_program_renders_with_the_configuration_the_service_reads()
    {
        var (code, output) = await RunAsync(new()
        {
            ["Imaging__AssetsPath"] = RepoPaths.Assets,
            ["Campaign__Path"] = RepoPaths.Campaign,
            ["Imaging__CacheDirectory"] = Path.Combine(_folder, "cache"),
        });

        Assert.True(code == ExitCodes.Ok, output);
        Assert.Equal(
            ["contact-sheet.png", "growth-2020-fr-square.png", "index.html"],
            Directory.GetFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName).Order());
        // The card and the sheet, kept for the next run.
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_folder, "cache")).Length);
    }

    [Fact]
    public async Task A_bad_imaging_setting_stops_render_naming_the_key_as_it_stops_the_service()
    {
        var (code, output) = await RunAsync(new()
        {
            ["Imaging__AssetsPath"] = RepoPaths.Assets,
            ["Campaign__Path"] = RepoPaths.Campaign,
            ["Imaging__MemoryCacheEntries"] = "-5",
        });

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("Configuration is not valid: ", output, StringComparison.Ordinal);
        Assert.Contains("Imaging:MemoryCacheEntries must be between 0 and 100000.", output, StringComparison.Ordinal);
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
        foreach (var argument in new[] { "render", "--out", "out", "--card", "growth-2020", "--locale", "fr", "--size", "square" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The program did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
