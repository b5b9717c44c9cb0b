using System.Collections.Concurrent;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Slows password guessing without letting a stranger lock anyone out: failures are counted per client address and
/// per user name (whether or not the name exists, so the answer tells nothing about it). After
/// <see cref="FreeFailuresPerAddress"/> or <see cref="FreeFailuresPerName"/> failures each further attempt waits
/// twice as long as the one before (1 s, 2 s, 4 s … at most 15 minutes); a success clears both counts. The sign-in
/// form and the password-change page share it.
/// </summary>
/// <remarks>Thread-safe singleton; counts live in this process (each worker of a PostgreSQL deployment counts its own).</remarks>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int FreeFailuresPerAddress = 10;
    public const int FreeFailuresPerName = 10;
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forgotten = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must still wait before trying <paramref name="userName"/> from <paramref name="address"/>; zero when free.</summary>
    public TimeSpan WaitFor(string address, string userName)
    {
        var now = time.GetUtcNow();
        var wait = Max(Remaining(AddressKey(address), FreeFailuresPerAddress, now), Remaining(NameKey(userName), FreeFailuresPerName, now));
        return wait;
    }

    /// <summary>Counts a wrong password (or an unknown name); returns the failures now counted against the name.</summary>
    public int Failed(string address, string userName)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        _failures.AddOrUpdate(AddressKey(address), _ => new(1, now), (_, f) => new(f.Count + 1, now));
        return _failures.AddOrUpdate(NameKey(userName), _ => new(1, now), (_, f) => new(f.Count + 1, now)).Count;
    }

    public void Succeeded(string address, string userName)
    {
        _failures.TryRemove(AddressKey(address), out _);
        _failures.TryRemove(NameKey(userName), out _);
    }

    private TimeSpan Remaining(string key, int free, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var failures) || failures.Count < free)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures.Count - free, 20);
        var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, doublings), Longest.TotalSeconds));
        var left = failures.Last + wait - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    // Keeps memory bounded under a spray of names: counts idle for an hour are dropped.
    private void Sweep(DateTimeOffset now)
    {
        if (_failures.Count < 10_000)
        {
            return;
        }

        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last > Forgotten)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string AddressKey(string address) => "address:" + address;

    private static string NameKey(string userName) => "name:" + userName.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset Last);
}
