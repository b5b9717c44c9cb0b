using System.Text.Json;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.FaultHarness;

/// <summary>A schedule read once from a JSON array of posts (written by the fault tests and the benchmark).</summary>
internal sealed class JsonScheduleSource(string path) : IScheduleSource
{
    public ScheduleSnapshot Current { get; } = new(
        JsonSerializer.Deserialize<List<ScheduledPost>>(File.ReadAllText(path))!, [], DateTimeOffset.UnixEpoch);

    public IDisposable Subscribe(Action<ScheduleSnapshot> onChanged) => new Nothing();

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
