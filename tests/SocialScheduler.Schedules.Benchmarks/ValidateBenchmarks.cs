using System.Text;
using BenchmarkDotNet.Attributes;
using SocialScheduler.Core.Schedules.Loading;

namespace SocialScheduler.Schedules.Benchmarks;

/// <summary>
/// How long <c>validate</c> takes on a 10,000-post schedule spread over ten files (goal: under 2 s), and how fast
/// hostile files are refused (goal: under a second and 100 MB each).
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ss-bench-" + Environment.ProcessId);
    private ScheduleFolder _validator = null!;
    private IReadOnlyList<string> _files = [];
    private string _aliasBomb = "";
    private string _deep = "";
    private string _huge = "";

    [GlobalSetup]
    public void Setup()
    {
        _validator = Services.Folder(Services.RepoRoot());
        _files = GeneratedSchedules.Write(_folder, posts: 10_000, files: 10);
        var bomb = new StringBuilder("campaign: child-safety-online-now\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            bomb.Append($"{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{(char)(level - 1)}", 9))}]\n");
        }

        _aliasBomb = Path.Combine(_folder, "bomb.yaml.txt");
        File.WriteAllText(_aliasBomb, bomb.ToString());
        _deep = Path.Combine(_folder, "deep.yaml.txt");
        File.WriteAllText(_deep, "campaign: " + new string('[', 100) + new string(']', 100) + "\n");
        _huge = Path.Combine(_folder, "huge.yaml.txt");
        using var file = File.Create(_huge);
        file.SetLength(10 * 1024 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "validate 10,000 posts in 10 files")]
    public int TenThousandPosts()
    {
        var results = _validator.ValidateAll(_files);
        var errors = results.Sum(r => r.Diagnostics.Count(d => d.IsError));
        return errors == 0 ? results.Sum(r => r.Posts.Count) : throw new InvalidOperationException(results.SelectMany(r => r.Diagnostics).First().ToString());
    }

    [Benchmark(Description = "refuse a billion-laughs alias bomb")]
    public int AliasBomb() => Refuse(_aliasBomb);

    [Benchmark(Description = "refuse 100 levels of nesting")]
    public int Deep() => Refuse(_deep);

    [Benchmark(Description = "refuse a 10 MB file")]
    public int Huge() => Refuse(_huge);

    private int Refuse(string path) =>
        _validator.ValidateFile(path, new FileScope()).Diagnostics is [{ IsError: true }] diagnostics
            ? diagnostics.Count
            : throw new InvalidOperationException($"{path} was not refused with one error.");
}
