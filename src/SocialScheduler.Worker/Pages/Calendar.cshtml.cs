using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Partners;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages;

public sealed class CalendarModel(IPublicationLedger ledger, PublicationStatuses statuses, IOptions<WebOptions> web, TimeProvider time, AccountDirectory accounts, PartnerCatalog partners, PartnerScope scope, IStringLocalizer<UiText> text) : PageModel
{
    // Far beyond any post, and far enough from DateOnly's ends that a month grid and its neighbours stay in range.
    private static readonly DateOnly First = new(1900, 1, 1);
    private static readonly DateOnly Last = new(9000, 12, 31);

    /// <summary>Only this partner's publications (a person scoped to a partner sees only theirs anyway).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Partner { get; set; }

    /// <summary>The partners to filter by: none for a person scoped to one.</summary>
    public IReadOnlyList<string> Partners => PartnerScope.PartnerOf(User) is null ? partners.Ids : [];

    public CalendarView View { get; private set; } = CalendarView.For(false, DateOnly.MinValue);

    public string ZoneId => web.Value.TimeZone;

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? view, string? date, CancellationToken cancellationToken)
    {
        var zone = Display.Zone(ZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var anchor = today;
        if (!string.IsNullOrEmpty(date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d >= First && d <= Last)
            {
                anchor = d;
            }
            else
            {
                Error = text["Calendar.DateOutOfRange", First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        View = CalendarView.For(view == "month", anchor);
        var (from, to) = View.Range(zone);
        var only = PartnerAccounts.Within(scope.AccountsOf(User), string.IsNullOrEmpty(Partner) ? null : accounts.AccountsOf(Partner));
        View.Fill(await ledger.ListAsync(new PublicationFilter { DueFrom = from, DueTo = to, Accounts = only, Limit = 20_000 }, cancellationToken), zone, statuses.Of);
    }
}
