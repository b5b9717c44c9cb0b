using Hangfire;
using SocialScheduler.Jobs.Hosting;
using SocialScheduler.Jobs.Scheduling;

namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// PostgreSQL and SQL Server: a holder is alive while a Hangfire server it announced has beaten its heart within
/// <see cref="DeadAfter"/>. The list is trusted only after this process's own server has been seen beating at every
/// look for <see cref="DeadAfter"/>: right after the database comes back every heartbeat is old, the live ones too.
/// </summary>
internal sealed class HangfireServerHolders(JobStorage storage, ServerIdentity self, TimeProvider time) : IClaimHolders
{
    /// <summary>
    /// Six missed heartbeats (<see cref="HangfireJobScheduler.HeartbeatInterval"/>), and above an adapter's request
    /// timeout (30 s by default): a send begun before the last heartbeat has ended by then.
    /// </summary>
    public static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan OwnBeatAge = HangfireJobScheduler.HeartbeatInterval * 3;
    private readonly Lock _gate = new();
    private DateTimeOffset? _trustedSince;
    private DateTimeOffset _lastLook = DateTimeOffset.MinValue;

    public Func<string, string?>? Judge()
    {
        var now = time.GetUtcNow();
        List<(string Name, DateTimeOffset Beat)> beats;
        try
        {
            beats = [.. storage.GetMonitoringApi().Servers()
                .Where(s => s.Heartbeat is not null)
                .Select(s => (s.Name, new DateTimeOffset(DateTime.SpecifyKind(s.Heartbeat!.Value, DateTimeKind.Utc))))];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Distrust();
            return null;
        }

        lock (_gate)
        {
            var own = LastBeat(beats, self.Name);
            var gap = now - _lastLook;
            _lastLook = now;
            if (own is not { } beat || now - beat > OwnBeatAge || gap > OwnBeatAge)
            {
                _trustedSince = null;
                return null;
            }

            _trustedSince ??= now;
            if (now - _trustedSince < DeadAfter)
            {
                return null;
            }
        }

        return holder => LastBeat(beats, holder) is { } last
            ? now - last < DeadAfter ? null : $"Its holder {holder} stopped heart-beating at {last:u}."
            : $"Its holder {holder} is no longer in Hangfire's server list.";
    }

    private void Distrust()
    {
        lock (_gate)
        {
            _trustedSince = null;
        }
    }

    private static DateTimeOffset? LastBeat(List<(string Name, DateTimeOffset Beat)> beats, string holder) =>
        beats.Where(b => ServerIdentity.Announces(b.Name, holder)).Select(b => (DateTimeOffset?)b.Beat).Max();
}
