using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Imaging.Caching;

/// <summary>
/// Encoded cards by content hash, in memory and (when <c>Imaging:CacheDirectory</c> is set) on disk, so a second
/// run with nothing changed encodes nothing. A hash names its inputs, so an entry never goes stale.
/// </summary>
internal sealed class RenderedCardCache
{
    private readonly ConcurrentDictionary<string, byte[]> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;
    private readonly string? _directory;

    public RenderedCardCache(IOptions<ImagingOptions> options)
    {
        _capacity = options.Value.MemoryCacheEntries;
        _directory = string.IsNullOrWhiteSpace(options.Value.CacheDirectory) ? null : options.Value.CacheDirectory;
    }

    public bool TryGet(string hash, out byte[] bytes)
    {
        if (_memory.TryGetValue(hash, out bytes!))
        {
            return true;
        }

        var path = PathOf(hash);
        if (path is not null && File.Exists(path))
        {
            bytes = File.ReadAllBytes(path);
            Remember(hash, bytes);
            return true;
        }

        return false;
    }

    public void Add(string hash, byte[] bytes)
    {
        Remember(hash, bytes);
        var path = PathOf(hash);
        if (path is null || File.Exists(path))
        {
            return;
        }

        // Written aside then moved, so a reader in another process never sees half a file.
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(_directory!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written (a full disk, a read-only folder) is skipped: the card is in hand.
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to undo; the next write replaces it.
        }
    }

    private void Remember(string hash, byte[] bytes)
    {
        if (_capacity == 0 || !_memory.TryAdd(hash, bytes))
        {
            return;
        }

        _order.Enqueue(hash);
        while (_memory.Count > _capacity && _order.TryDequeue(out var oldest))
        {
            _memory.TryRemove(oldest, out _);
        }
    }

    private string? PathOf(string hash) => _directory is null ? null : Path.Combine(_directory, hash + ".png");
}
