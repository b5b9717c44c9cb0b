using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// Writes the events no state change causes: an outcome still unknown after <see cref="AlertsOptions.UnknownAfter"/>,
/// an approval still missing within <see cref="AlertsOptions.ApprovalLeadTime"/> of the due time, and the daily digest.
/// Their ids come from what they are about, so every worker may notice the same thing and one event is written.
/// </summary>
internal sealed class AlertWatch(
    LedgerQueries ledger, AlertOutbox outbox, IOptions<AlertsOptions> options, IOptions<ApprovalOptions> approval, TimeProvider time)
{
    // Ids this process wrote or found written: a pass then costs reads only, never a write on the publishing path.
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public async Task<int> WatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var written = 0;
        foreach (var row in await ledger.StaleAsync(PublicationState.Unknown, (now - o.UnknownAfter).ToUnixTimeMilliseconds(), 500, cancellationToken))
        {
            var message = $"Outcome of attempt {row.Attempt} still unknown after {o.UnknownAfter:g}: {row.Message} The service keeps asking the platform.";
            written += await WriteAsync(AlertRecord.Of(AlertOutbox.IdFor(AlertTypes.Unknown, $"{row.Id}#{row.Attempt}"), AlertTypes.Unknown, Ms(now), row, message), cancellationToken);
        }

        if (approval.Value.Required)
        {
            var waiting = await ledger.ListAsync(new PublicationFilter { States = [PublicationState.Scheduled], DueFrom = now, DueTo = now + o.ApprovalLeadTime }, cancellationToken);
            foreach (var r in waiting.Where(r => r.ApprovedBy is null))
            {
                var id = AlertOutbox.IdFor(AlertTypes.ApprovalWaiting, $"{r.Key}#{r.Revision}");
                written += await WriteAsync(Of(id, AlertTypes.ApprovalWaiting, now, r, $"Due at {r.DueUtc:u} and not approved yet: it will not go out without approval."), cancellationToken);
            }
        }

        if (await DigestAsync(now, o, cancellationToken) is { } digest)
        {
            written += await WriteAsync(digest, cancellationToken);
        }

        return written;
    }

    private async Task<AlertRecord?> DigestAsync(DateTimeOffset now, AlertsOptions o, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(o.DigestAt))
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(o.DigestTimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var at = TimeOnly.ParseExact(o.DigestAt, "HH:mm", CultureInfo.InvariantCulture);
        // Sent from its time until noon after it: a service down all day sends no stale digest in the evening.
        if (TimeOnly.FromDateTime(local.DateTime) < at || local.TimeOfDay - at.ToTimeSpan() > TimeSpan.FromHours(12))
        {
            return null;
        }

        var id = AlertOutbox.IdFor(AlertTypes.Digest, DateOnly.FromDateTime(local.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (_written.Contains(id))
        {
            return null;
        }

        var ahead = await ledger.ListAsync(new PublicationFilter
        {
            States = [PublicationState.Scheduled, PublicationState.Paused], DueFrom = now, DueTo = now.AddDays(1), Limit = 10_000,
        }, cancellationToken);
        var unapproved = approval.Value.Required ? ahead.Count(r => r.ApprovedBy is null) : 0;
        var text = new StringBuilder($"{ahead.Count} publications are due in the next 24 hours; {unapproved} still wait for approval.");
        foreach (var post in ahead.GroupBy(r => (r.Key.Campaign, r.Key.PostId)).Take(50))
        {
            var first = post.Min(r => r.DueUtc);
            text.Append(CultureInfo.InvariantCulture, $"\n{first:u}  {post.Key.Campaign}/{post.Key.PostId}: {post.Count()} publications ({string.Join(", ", post.Select(r => r.Key.Account).Distinct())})");
            if (approval.Value.Required && post.Any(r => r.ApprovedBy is null))
            {
                text.Append(", waiting for approval");
            }
        }

        return new AlertRecord(id, AlertTypes.Digest, Ms(now)) { Detail = text.ToString() };
    }

    private async Task<int> WriteAsync(AlertRecord record, CancellationToken cancellationToken)
    {
        if (_written.Contains(record.Id))
        {
            return 0;
        }

        var added = await outbox.AddAsync(record, cancellationToken);
        _written.Add(record.Id);
        return added ? 1 : 0;
    }

    private static AlertRecord Of(string id, string type, DateTimeOffset now, PublicationRecord r, string message) => new(id, type, Ms(now))
    {
        PublicationId = r.Key.ToString(), Campaign = r.Key.Campaign, PostId = r.Key.PostId, Account = r.Key.Account, Locale = r.Key.Locale,
        State = r.State.ToString(), Message = message,
    };

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();
}
