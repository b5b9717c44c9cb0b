using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Imaging.Assets;

/// <summary>
/// Holds the current assets. With <c>Imaging:Watch</c> on, a change under the assets folder reloads them; a broken
/// edit is logged and the previous assets stay in use, so a designer's typo never stops the service.
/// </summary>
internal sealed class CardAssetSource : IDisposable
{
    private readonly ImagingOptions _options;
    private readonly ILogger<CardAssetSource> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _debounce;
    private readonly List<CardAssets> _retired = [];
    private CardAssets _current;

    public CardAssetSource(IOptions<ImagingOptions> options, ILogger<CardAssetSource> logger)
    {
        _options = options.Value;
        _logger = logger;
        _current = CardAssetLoader.Load(_options.AssetsPath, _options.Template);
        if (_options.Watch)
        {
            _debounce = new Timer(_ => Reload());
            _watcher = new FileSystemWatcher(Path.GetFullPath(_options.AssetsPath))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
            _watcher.Created += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
            _watcher.Renamed += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Raised after new assets are in use.</summary>
    public event Action? Reloaded;

    public CardAssets Current => Volatile.Read(ref _current);

    public void Reload()
    {
        try
        {
            var next = CardAssetLoader.Load(_options.AssetsPath, _options.Template);
            lock (_retired)
            {
                // Cards being drawn may still hold the old fonts; they are freed when the service stops.
                _retired.Add(Interlocked.Exchange(ref _current, next));
            }

            _logger.LogInformation("Card assets reloaded from {Path} ({Fingerprint})", _options.AssetsPath, next.Fingerprint[..12]);
            Reloaded?.Invoke();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            _logger.LogError("Card assets not reloaded, the previous ones stay in use: {Problem}", ex.Message);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _current.Dispose();
        lock (_retired)
        {
            _retired.ForEach(a => a.Dispose());
            _retired.Clear();
        }
    }
}
