namespace SocialScheduler.Core.Schedules;

/// <summary>
/// The current, validated schedule: every post that is allowed to be published, from every file that passed
/// validation (a file that fails keeps its last good version) and from the web UI.
/// </summary>
/// <remarks>Thread-safe. Subscribers are called after each reload, on the reloading thread.</remarks>
public interface IScheduleSource
{
    ScheduleSnapshot Current { get; }

    /// <summary>Calls <paramref name="onChanged"/> after every reload; dispose the result to stop.</summary>
    IDisposable Subscribe(Action<ScheduleSnapshot> onChanged);
}

/// <summary>What a load produced: the posts in force and every finding, errors and warnings.</summary>
public sealed record ScheduleSnapshot(
    IReadOnlyList<ScheduledPost> Posts,
    IReadOnlyList<ScheduleDiagnostic> Diagnostics,
    DateTimeOffset LoadedAt)
{
    public static ScheduleSnapshot Empty { get; } = new([], [], DateTimeOffset.MinValue);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
