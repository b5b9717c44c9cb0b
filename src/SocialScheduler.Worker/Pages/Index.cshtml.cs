using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages;

public sealed class IndexModel(IPublicationLedger ledger, PublicationStatuses statuses, IOptions<WebOptions> web, TimeProvider time) : PageModel
{
    public string ZoneId => web.Value.TimeZone;

    /// <summary>At most this many publications are listed under "Needs you", the soonest due first.</summary>
    public const int NeedsYouShown = 20;

    private static readonly PublicationState[] Waiting =
    [
        PublicationState.Scheduled, PublicationState.Paused, PublicationState.Failed, PublicationState.NeedsAttention, PublicationState.Unknown,
    ];

    /// <summary>How many publications stand each way, scheduled ones split into awaiting approval, retrying and ready.</summary>
    public IReadOnlyList<(PublicationState State, PublicationStatus Status, int Count)> Tiles { get; private set; } = [];

    public IReadOnlyList<PublicationRecord> Upcoming { get; private set; } = [];

    /// <summary>Approvals still missing (overdue ones included), failures, and publications held by a pause.</summary>
    public IReadOnlyList<PublicationRecord> NeedsYou { get; private set; } = [];

    public IReadOnlyList<PauseEntry> Pauses { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var counts = await ledger.CountByStateAsync(PublicationFilter.All, cancellationToken);
        Upcoming = await ledger.ListAsync(new PublicationFilter { DueFrom = Now, Limit = 10 }, cancellationToken);
        var waiting = await ledger.ListAsync(new PublicationFilter { States = Waiting, Limit = 5000 }, cancellationToken);
        NeedsYou = waiting.Where(statuses.NeedsSomeone).Take(NeedsYouShown).ToList();
        var scheduled = waiting.Where(p => p.State == PublicationState.Scheduled).GroupBy(statuses.Of).ToList();
        Tiles = counts.OrderBy(c => c.Key)
            .SelectMany(c => c.Key != PublicationState.Scheduled
                ? [(c.Key, statuses.Of(c.Key), c.Value)]
                : scheduled.Count == 0 ? [(c.Key, statuses.Of(c.Key), c.Value)] : scheduled.Select(g => (c.Key, g.Key, g.Count())))
            .Where(t => t.Item3 > 0)
            .ToList();
        Pauses = await ledger.PausesAsync(cancellationToken);
    }
}
