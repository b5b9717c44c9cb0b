using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Partners;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages;

/// <summary>The coalition on one day (<c>/coalition?date=yyyy-MM-dd</c>, default today in <c>Web:TimeZone</c>).</summary>
public sealed class CoalitionModel(IPublicationLedger ledger, IOptions<WebOptions> web, TimeProvider time, AccountDirectory accounts, PartnerCatalog partners, PartnerScope scope) : PageModel
{
    public CoalitionDay Day { get; private set; } = new(DateOnly.MinValue, [], []);

    public string ZoneId => web.Value.TimeZone;

    public async Task OnGetAsync(string? date, CancellationToken cancellationToken)
    {
        var zone = Display.Zone(ZoneId);
        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var from = Instant(day, zone);
        var to = Instant(day.AddDays(1), zone);
        var rows = await ledger.ListAsync(new PublicationFilter { DueFrom = from, DueTo = to, Accounts = scope.AccountsOf(User), Limit = 20_000 }, cancellationToken);

        // A person scoped to a partner sees that partner's day only.
        var shown = PartnerScope.PartnerOf(User) is { } own ? partners.Partners.Where(p => p.Id == own) : partners.Partners;
        Day = CoalitionDay.Build(day, shown, rows, accounts, zone);
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
}
