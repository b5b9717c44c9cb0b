using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Partners;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages.Publications;

public sealed class IndexModel(IPublicationLedger ledger, AccountDirectory accounts, CampaignCatalog catalog, PartnerCatalog partners, PartnerScope scope) : PageModel
{
    /// <summary>Only the publications of this partner's accounts.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Partner { get; set; }

    /// <summary>The partners to filter by: none for a person scoped to one (they see only theirs).</summary>
    public IReadOnlyList<string> Partners => PartnerScope.PartnerOf(User) is null ? partners.Ids : [];

    [BindProperty(SupportsGet = true)]
    public string? Campaign { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Locale { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyList<PublicationRecord> Rows { get; private set; } = [];

    public IReadOnlyDictionary<PublicationState, int> Counts { get; private set; } = new Dictionary<PublicationState, int>();

    public IReadOnlyList<string> Campaigns => [catalog.Campaign];

    public IEnumerable<string> Accounts => accounts.Names.Where(a => scope.Allows(User, a)).Order(StringComparer.Ordinal);

    public IReadOnlyList<string> Locales => catalog.Locales;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, error) = new PublicationQuery { Campaign = Campaign, Account = Account, Locale = Locale, State = State }.ToFilter();
        Error = error;
        if (filter is null)
        {
            return;
        }

        filter = filter with { Accounts = PartnerAccounts.Within(scope.AccountsOf(User), string.IsNullOrEmpty(Partner) ? null : accounts.AccountsOf(Partner)) };
        Rows = await ledger.ListAsync(filter, cancellationToken);
        Counts = await ledger.CountByStateAsync(filter, cancellationToken);
    }
}
