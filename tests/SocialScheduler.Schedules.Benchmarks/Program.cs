using BenchmarkDotNet.Running;
using SocialScheduler.Schedules.Benchmarks;

// `--quick` validates once and prints the wall-clock time, for a check without the full statistics.
if (args.Contains("--quick"))
{
    var folder = Path.Combine(Path.GetTempPath(), "ss-bench-quick");
    var files = GeneratedSchedules.Write(folder, posts: 10_000, files: 10);
    var validator = Services.Folder(Services.RepoRoot());
    for (var run = 1; run <= 3; run++)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = validator.ValidateAll(files);
        var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"run {run}: {results.Sum(r => r.Posts.Count)} posts, {results.Sum(r => r.Diagnostics.Count)} findings, {clock.ElapsedMilliseconds} ms wall, {used.TotalMilliseconds:F0} ms CPU, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms in GC pauses");
    }

    Directory.Delete(folder, recursive: true);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ValidateBenchmarks).Assembly).Run(args);
