using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Pages;

public sealed class IndexModel(IPublicationLedger ledger, TimeProvider time) : PageModel
{
    public IReadOnlyDictionary<PublicationState, int> Counts { get; private set; } = new Dictionary<PublicationState, int>();

    public IReadOnlyList<PublicationRecord> Upcoming { get; private set; } = [];

    public IReadOnlyList<PauseEntry> Pauses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await ledger.CountByStateAsync(PublicationFilter.All, cancellationToken);
        Upcoming = await ledger.ListAsync(new PublicationFilter { DueFrom = time.GetUtcNow(), Limit = 10 }, cancellationToken);
        Pauses = await ledger.PausesAsync(cancellationToken);
    }
}
