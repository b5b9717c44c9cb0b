using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>A schedule source the test sets post by post, notifying subscribers like a reload would.</summary>
public sealed class InMemoryScheduleSource : IScheduleSource
{
    private readonly List<Action<ScheduleSnapshot>> _subscribers = [];

    public ScheduleSnapshot Current { get; private set; } = ScheduleSnapshot.Empty;

    public void Set(params ScheduledPost[] posts)
    {
        Current = new ScheduleSnapshot(posts, [], DateTimeOffset.UnixEpoch);
        foreach (var subscriber in _subscribers.ToList())
        {
            subscriber(Current);
        }
    }

    public IDisposable Subscribe(Action<ScheduleSnapshot> onChanged)
    {
        _subscribers.Add(onChanged);
        return new Unsubscriber(() => _subscribers.Remove(onChanged));
    }

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
