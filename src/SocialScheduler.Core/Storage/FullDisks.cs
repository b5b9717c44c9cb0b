using System.Collections.Concurrent;

namespace SocialScheduler.Core.Storage;

/// <summary>
/// The places (the ledger database, the outbox folder) where a write failed because the disk is full, until a write
/// there succeeds again. Read by the health check and the web app; written by whoever writes there.
/// </summary>
/// <remarks>Thread-safe singleton. Reporting twice keeps the first time; only a successful write clears a place.</remarks>
public sealed class FullDisks(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, FullDisk> _full = new(StringComparer.Ordinal);

    /// <summary>The places full now, oldest first.</summary>
    public IReadOnlyList<FullDisk> Current => [.. _full.Values.OrderBy(f => f.Since)];

    public bool Any => !_full.IsEmpty;

    /// <summary>Records that <paramref name="where"/> (a path) is full; true the first time, so the caller says it once.</summary>
    public bool Report(string where, string what, string error) => _full.TryAdd(where, new FullDisk(where, what, time.GetUtcNow(), error));

    /// <summary>A write to <paramref name="where"/> succeeded; true when it had been full.</summary>
    public bool Cleared(string where) => !_full.IsEmpty && _full.TryRemove(where, out _);

    /// <summary>
    /// Whether <paramref name="exception"/> (or one inside it) says the disk is full: ENOSPC (28) on Unix,
    /// ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39) on Windows.
    /// </summary>
    public static bool IsDiskFull(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException io && (io.HResult is 28 || (io.HResult & 0xFFFF) is 112 or 39))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A place full since <paramref name="Since"/>; <paramref name="What"/> names it for people ("the ledger database").</summary>
public sealed record FullDisk(string Where, string What, DateTimeOffset Since, string Error);
