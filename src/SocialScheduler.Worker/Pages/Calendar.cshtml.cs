using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages;

public sealed class CalendarModel(IPublicationLedger ledger, PublicationStatuses statuses, IOptions<WebOptions> web, TimeProvider time) : PageModel
{
    public CalendarView View { get; private set; } = CalendarView.For(false, DateOnly.MinValue);

    public string ZoneId => web.Value.TimeZone;

    public async Task OnGetAsync(string? view, string? date, CancellationToken cancellationToken)
    {
        var zone = Display.Zone(ZoneId);
        var anchor = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        View = CalendarView.For(view == "month", anchor);
        var (from, to) = View.Range(zone);
        View.Fill(await ledger.ListAsync(new PublicationFilter { DueFrom = from, DueTo = to, Limit = 20_000 }, cancellationToken), zone, statuses.Of);
    }
}
