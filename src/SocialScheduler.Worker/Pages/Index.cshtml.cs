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

    public IReadOnlyDictionary<PublicationState, int> Counts { get; private set; } = new Dictionary<PublicationState, int>();

    public IReadOnlyList<PublicationRecord> Upcoming { get; private set; } = [];

    /// <summary>Approvals still missing (overdue ones included), failures, and publications held by a pause.</summary>
    public IReadOnlyList<PublicationRecord> NeedsYou { get; private set; } = [];

    public IReadOnlyList<PauseEntry> Pauses { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Counts = await ledger.CountByStateAsync(PublicationFilter.All, cancellationToken);
        Upcoming = await ledger.ListAsync(new PublicationFilter { DueFrom = Now, Limit = 10 }, cancellationToken);
        var waiting = await ledger.ListAsync(new PublicationFilter { States = Waiting, Limit = 5000 }, cancellationToken);
        NeedsYou = waiting.Where(statuses.NeedsSomeone).Take(NeedsYouShown).ToList();
        Pauses = await ledger.PausesAsync(cancellationToken);
    }
}
