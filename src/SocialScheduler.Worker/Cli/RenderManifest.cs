using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// What earlier <c>render</c> runs wrote into one output folder: each card file's content hash, length and last write
/// time, kept beside the card cache. A card whose file is still exactly as written, under the same hash, is neither
/// read from the cache nor written again, so a second run of 2,520 unchanged cards copies no image.
/// </summary>
/// <remarks>Thread-safe. Without a disk cache there is no manifest and every card is written.</remarks>
internal sealed class RenderManifest
{
    private readonly string? _path;
    private readonly ConcurrentDictionary<string, (string Hash, long Length, long Ticks)> _entries = new(StringComparer.Ordinal);

    private RenderManifest(string? path) => _path = path;

    public static RenderManifest Load(string? cacheDirectory, string outDirectory)
    {
        if (string.IsNullOrWhiteSpace(cacheDirectory))
        {
            return new RenderManifest(null);
        }

        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outDirectory))))[..16];
        // In a folder of its own: the cache folder holds cards and sheets only.
        var manifest = new RenderManifest(Path.Combine(cacheDirectory, "render", $"{name}.tsv"));
        if (File.Exists(manifest._path))
        {
            foreach (var line in File.ReadLines(manifest._path))
            {
                var parts = line.Split('\t');
                if (parts.Length == 4 && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var length)
                    && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var ticks))
                {
                    manifest._entries[parts[0]] = (parts[1], length, ticks);
                }
            }
        }

        return manifest;
    }

    /// <summary>Whether <paramref name="file"/> holds the card named <paramref name="hash"/>, untouched since it was written.</summary>
    public bool IsCurrent(string file, string hash)
    {
        if (_path is null || !_entries.TryGetValue(file, out var entry) || entry.Hash != hash)
        {
            return false;
        }

        var info = new FileInfo(file);
        return info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.Ticks;
    }

    public void Record(string file, string hash)
    {
        if (_path is not null)
        {
            var info = new FileInfo(file);
            _entries[file] = (hash, info.Length, info.LastWriteTimeUtc.Ticks);
        }
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var lines = _entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key}\t{e.Value.Hash}\t{e.Value.Length}\t{e.Value.Ticks}"));
        // Written aside then moved, so a run stopped halfway leaves the previous manifest whole.
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        await File.WriteAllLinesAsync(temporary, lines, cancellationToken);
        File.Move(temporary, _path, overwrite: true);
    }
}
