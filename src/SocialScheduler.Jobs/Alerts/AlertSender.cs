using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Alerts.Channels;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// Delivers the outbox's events to every channel: each channel on its own task, so a receiver that hangs delays
/// only its own deliveries, never another channel or a publication. A failed try waits
/// <see cref="AlertsOptions.RetryDelay"/> and is made again with the same event id, up to
/// <see cref="AlertsOptions.MaxAttempts"/>; a delivered one is recorded and never sent again to that channel.
/// </summary>
/// <remarks>
/// Events older than <see cref="Horizon"/> are not picked up: a channel configured today does not receive last
/// month's alerts. Every worker process runs one; the claim in <see cref="AlertDeliveries"/> keeps them apart.
/// </remarks>
internal sealed class AlertSender(
    AlertDeliveries deliveries, AlertEventFactory events, IEnumerable<IAlertChannel> channels, IOptions<AlertsOptions> options,
    TimeProvider time, ILogger<AlertSender> logger)
{
    internal static readonly TimeSpan Horizon = TimeSpan.FromDays(2);

    public IReadOnlyList<IAlertChannel> Channels { get; } = channels.ToList();

    /// <summary>One pass over every channel; returns the number of events delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = await Task.WhenAll(Channels.Select(c => SendDueAsync(c, cancellationToken)));
        return sent.Sum();
    }

    private async Task<int> SendDueAsync(IAlertChannel channel, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var delivered = 0;
        try
        {
            var now = time.GetUtcNow();
            var due = await deliveries.DueAsync(channel.Name, (now - Horizon).ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), 100, cancellationToken);
            foreach (var alert in due)
            {
                if (await TryOneAsync(channel, alert, o, cancellationToken))
                {
                    delivered++;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database is away: the events wait in the outbox, and the next pass tries again.
            logger.LogWarning(ex, "Alerts for {Channel} could not be read or recorded", channel.Name);
        }

        return delivered;
    }

    private async Task<bool> TryOneAsync(IAlertChannel channel, DueAlert alert, AlertsOptions o, CancellationToken cancellationToken)
    {
        var id = alert.Record.Id;
        var now = time.GetUtcNow();
        var wanted = channel.Accepts(alert.Record.Type);
        // The lease outlasts the try (its timeout, then a margin) so no other worker takes it while it runs.
        var lease = now + o.Timeout + o.Timeout + TimeSpan.FromSeconds(30);
        if (!await deliveries.ClaimAsync(alert, channel.Name, now.ToUnixTimeMilliseconds(), lease.ToUnixTimeMilliseconds(), wanted ? "Pending" : "Skipped", cancellationToken)
            || !wanted)
        {
            return false;
        }

        var attempt = (alert.Attempts ?? 0) + 1;
        try
        {
            await channel.SendAsync(events.Create(alert.Record), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = ex is AlertDeliveryException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            var after = time.GetUtcNow();
            var gaveUp = attempt >= o.MaxAttempts;
            var next = after + o.RetryDelay(attempt);
            await deliveries.SettleAsync(id, channel.Name, gaveUp ? "GaveUp" : "Pending", after.ToUnixTimeMilliseconds(), next.ToUnixTimeMilliseconds(),
                $"Try {attempt} of {o.MaxAttempts}: {error}", CancellationToken.None);
            logger.LogWarning("Alert {Id} ({Type}) to {Channel}, try {Attempt} of {Max}: {Error}{Next}", id, alert.Record.Type, channel.Name, attempt, o.MaxAttempts, error,
                gaveUp ? "; given up" : $"; next try at {next:u}");
            return false;
        }

        await deliveries.SettleAsync(id, channel.Name, "Delivered", time.GetUtcNow().ToUnixTimeMilliseconds(), 0, null, CancellationToken.None);
        logger.LogInformation("Alert {Id} ({Type}) delivered to {Channel} on try {Attempt}", id, alert.Record.Type, channel.Name, attempt);
        return true;
    }
}
