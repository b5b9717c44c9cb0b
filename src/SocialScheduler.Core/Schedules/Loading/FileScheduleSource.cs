using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Schedules.Validation;

namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>
/// The schedule read from the <c>*.yaml</c> files of <c>Schedules:Path</c>. Each file is taken whole or not at all:
/// a file that fails keeps its last good version in force and its errors are in <see cref="Current"/>'s
/// diagnostics; a deleted file withdraws its posts. Snapshots replace each other atomically.
/// </summary>
/// <remarks>Thread-safe. The first read of <see cref="Current"/> loads the folder if nothing has yet.</remarks>
public sealed partial class FileScheduleSource(
    ScheduleFolder folder,
    ScheduleOptions options,
    TimeProvider time,
    ILogger<FileScheduleSource> logger) : IScheduleSource, IDisposable
{
    private readonly Lock _reloadGate = new();
    private readonly Lock _subscriberGate = new();
    private readonly List<Action<ScheduleSnapshot>> _subscribers = [];
    private Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private ScheduleSnapshot? _current;

    private sealed record FileState(IReadOnlyList<ScheduledPost> Good, IReadOnlyList<ScheduleDiagnostic> Diagnostics);

    public ScheduleSnapshot Current => Volatile.Read(ref _current) ?? Reload();

    public IDisposable Subscribe(Action<ScheduleSnapshot> onChanged)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        lock (_subscriberGate)
        {
            _subscribers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    /// <summary>Reads every file again, publishes the new snapshot and tells subscribers when anything changed.</summary>
    public ScheduleSnapshot Reload()
    {
        ScheduleSnapshot snapshot;
        bool changed;
        lock (_reloadGate)
        {
            var previous = Volatile.Read(ref _current);
            var files = ReadFolder(firstLoad: previous is null);
            snapshot = new ScheduleSnapshot(
                files.Values.SelectMany(f => f.Good).ToList(),
                files.Values.SelectMany(f => f.Diagnostics).ToList(),
                time.GetUtcNow());
            changed = previous is null
                || !previous.Posts.SequenceEqual(snapshot.Posts)
                || !previous.Diagnostics.SequenceEqual(snapshot.Diagnostics);
            _files = files;
            Volatile.Write(ref _current, snapshot);
            if (changed)
            {
                Report(snapshot, files.Count);
            }
        }

        if (changed)
        {
            Notify(snapshot);
        }

        return snapshot;
    }

    private Dictionary<string, FileState> ReadFolder(bool firstLoad)
    {
        var next = new Dictionary<string, FileState>(StringComparer.Ordinal);
        if (!Directory.Exists(options.Path))
        {
            next[options.Path] = new FileState([], [new ScheduleDiagnostic(options.Path, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.NoFolder,
                $"the folder Schedules:Path '{options.Path}' ({Path.GetFullPath(options.Path)}) does not exist; create it or set Schedules:Path")]);
            return next;
        }

        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ScheduleFolder.FilesIn(options.Path))
        {
            var before = _files.GetValueOrDefault(path);
            var result = ValidateSafely(path, new FileScope
            {
                TakenIds = new Dictionary<string, string>(taken),
                Accepted = (before?.Good ?? []).ToDictionary(p => p.Id, StringComparer.Ordinal),
                PastTimes = firstLoad ? PastTimeRule.FirstLoadAfterStart : PastTimeRule.ScheduleFile,
            });
            var state = result.HasErrors ? KeepLastGood(path, before, result) : new FileState(result.Posts, result.Diagnostics);
            next[path] = state;
            foreach (var post in state.Good)
            {
                taken.TryAdd($"{post.Campaign}/{post.Id}", $"{path} post '{post.Id}'");
            }
        }

        return next;
    }

    /// <summary>A file that breaks the validator itself is a file with an error, not a reason to stop the service.</summary>
    private FileValidation ValidateSafely(string path, FileScope scope)
    {
        try
        {
            return folder.ValidateFile(path, scope);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Validating {File} failed", path);
            return new FileValidation(path, [], [new ScheduleDiagnostic(path, 0, 0, DiagnosticSeverity.Error, DiagnosticCodes.Unreadable,
                $"the file could not be checked ({ex.GetType().Name}: {ex.Message}); it keeps its last good version, and the log has the details")]);
        }
    }

    private static FileState KeepLastGood(string path, FileState? before, FileValidation result)
    {
        var kept = before?.Good ?? [];
        var note = new ScheduleDiagnostic(path, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.KeptLastGood, kept.Count == 0
            ? "the file has errors and nothing from it is scheduled; fix the errors above and save it again"
            : $"the file has errors; its last good version ({kept.Count} posts) stays scheduled until they are fixed");
        return new FileState(kept, [.. result.Diagnostics, note]);
    }

    private void Notify(ScheduleSnapshot snapshot)
    {
        Action<ScheduleSnapshot>[] subscribers;
        lock (_subscriberGate)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber(snapshot);
            }
            catch (Exception ex)
            {
                // One failing subscriber must not keep the others from the new schedule.
                logger.LogError(ex, "A schedule subscriber failed on reload");
            }
        }
    }

    private void Report(ScheduleSnapshot snapshot, int fileCount)
    {
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            logger.Log(diagnostic.IsError ? LogLevel.Error : LogLevel.Warning, "{Diagnostic}", diagnostic.ToString());
        }

        logger.LogInformation("Schedules: {Posts} posts in force from {Files} files in {Folder}, {Errors} errors",
            snapshot.Posts.Count, fileCount, options.Path, snapshot.Diagnostics.Count(d => d.IsError));
    }

    private void Unsubscribe(Action<ScheduleSnapshot> onChanged)
    {
        lock (_subscriberGate)
        {
            _subscribers.Remove(onChanged);
        }
    }

    private sealed class Subscription(FileScheduleSource source, Action<ScheduleSnapshot> onChanged) : IDisposable
    {
        public void Dispose() => source.Unsubscribe(onChanged);
    }
}
