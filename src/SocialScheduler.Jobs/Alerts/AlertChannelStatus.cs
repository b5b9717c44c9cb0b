using SocialScheduler.Jobs.Alerts.Channels;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>Which alert channels are failing, for the Publishing page and <c>/healthz</c>.</summary>
/// <remarks>Read from the deliveries, so every worker process shows the same, whichever one tried.</remarks>
public sealed class AlertChannelStatus
{
    /// <summary>How far back a given-up delivery is still shown.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly AlertDeliveries _deliveries;
    private readonly TimeProvider _time;

    internal AlertChannelStatus(AlertDeliveries deliveries, IEnumerable<IAlertChannel> channels, TimeProvider time)
    {
        (_deliveries, _time) = (deliveries, time);
        Channels = channels.Select(c => c.Name).ToList();
    }

    /// <summary>The configured channels by name (<c>webhook:&lt;name&gt;</c>, <c>email</c>).</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>One entry per channel whose last try of some alert failed, worst first.</summary>
    public async Task<IReadOnlyList<ChannelProblem>> ProblemsAsync(CancellationToken cancellationToken = default)
    {
        var problems = await _deliveries.ProblemsAsync((_time.GetUtcNow() - Window).ToUnixTimeMilliseconds(), cancellationToken);
        return problems.GroupBy(p => p.Channel, StringComparer.Ordinal)
            .Select(g => new ChannelProblem(
                g.Key, g.Count(p => p.State == "Pending"), g.Count(p => p.State == "GaveUp"), g.First().LastError ?? "",
                DateTimeOffset.FromUnixTimeMilliseconds(g.First().LastMs)))
            .OrderByDescending(p => p.GaveUp).ThenBy(p => p.Channel, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>A failing channel: alerts still retried, alerts given up (last 24 h), and the newest error.</summary>
public sealed record ChannelProblem(string Channel, int Retrying, int GaveUp, string LastError, DateTimeOffset LastAt)
{
    public string Describe() =>
        $"{Channel}: {Retrying} alerts waiting for another try, {GaveUp} given up in the last 24 h; last error at {LastAt:u}: {LastError}";
}
