using Microsoft.Extensions.Logging;

namespace SocialScheduler.Core.Schedules.Loading;

public sealed partial class FileScheduleSource
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    /// <summary>Reloads after the folder's <c>*.yaml</c> files change and then stay quiet for the debounce time.</summary>
    public void StartWatching()
    {
        lock (_reloadGate)
        {
            if (_watcher is not null || !Directory.Exists(options.Path))
            {
                return;
            }

            _debounce = time.CreateTimer(_ => ReloadSafely(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _watcher = new FileSystemWatcher(options.Path, "*.yaml")
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            _watcher.Changed += OnFolderChanged;
            _watcher.Created += OnFolderChanged;
            _watcher.Deleted += OnFolderChanged;
            _watcher.Renamed += OnFolderChanged;
            _watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Watching {Folder} missed changes; reloading", options.Path);
            _watcher.Error += OnFolderChanged;
            _watcher.EnableRaisingEvents = true;
        }
    }

    public void StopWatching()
    {
        lock (_reloadGate)
        {
            _watcher?.Dispose();
            _watcher = null;
            _debounce?.Dispose();
            _debounce = null;
        }
    }

    public void Dispose() => StopWatching();

    private void OnFolderChanged(object sender, EventArgs e) =>
        _debounce?.Change(TimeSpan.FromMilliseconds(options.DebounceMilliseconds), Timeout.InfiniteTimeSpan);

    private void ReloadSafely()
    {
        try
        {
            Reload();
        }
        catch (Exception ex)
        {
            // The last snapshot stays in force; the next change tries again.
            logger.LogError(ex, "Reloading schedules from {Folder} failed", options.Path);
        }
    }
}
