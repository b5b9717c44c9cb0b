using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages.Posts;

public sealed class DetailModel(
    IPublicationLedger ledger,
    IAuthorizationService authorization,
    IOptions<ApprovalOptions> approval,
    IPostLookup posts,
    ScopedCommands scoped,
    PartnerScope scope) : PageModel
{
    /// <summary>At most this many pending occurrences are listed, the next first: what is about to go out.</summary>
    public const int PendingShown = 500;

    /// <summary>At most this many occurrences already done are listed, the latest first.</summary>
    public const int DoneShown = 100;

    private static readonly PublicationState[] Upcoming =
        [PublicationState.Scheduled, PublicationState.Paused, PublicationState.Sending, PublicationState.Unknown];

    [BindProperty(SupportsGet = true)]
    public string Campaign { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string PostId { get; set; } = "";

    public IReadOnlyList<PublicationRecord> Rows { get; private set; } = [];

    public IReadOnlyList<PublicationHistoryEntry> History { get; private set; } = [];

    public bool ApprovalRequired => approval.Value.Required;

    public bool CanAct { get; private set; }

    /// <summary>The rows are occurrences of a repeating post, each under its own id.</summary>
    public bool Repeating { get; private set; }

    /// <summary>How many occurrences the ledger holds that are still to go out, and how many are done (all listed or not).</summary>
    public (int Upcoming, int Done) Totals { get; private set; }

    /// <summary>The cancellation of this post's series that still holds, if any.</summary>
    public SeriesCancellation? SeriesCancelled { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>Locales with a pending, unapproved publication that this user may approve (not their own post).</summary>
    public IEnumerable<string> LocalesAwaitingApproval => !ApprovalRequired ? [] : Rows
        .Where(r => Display.IsPending(r.State) && r.ApprovedBy is null && r.Author != User.Identity?.Name)
        .Select(r => r.Key.Locale).Distinct();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A person scoped to a partner sees a post only when it publishes on one of that partner's accounts.
        if (!await scoped.MaySeeAsync(User, Campaign, PostId, cancellationToken))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string locale, CancellationToken cancellationToken) =>
        ActAsync(() => scoped.ApproveAsync(User, Campaign, PostId, locale, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => scoped.CancelAsync(User, Campaign, PostId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), null, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeSeriesAsync(CancellationToken cancellationToken) =>
        ActAsync(() => scoped.ResumeSeriesAsync(User, Campaign, PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCancelOccurrenceAsync(string occurrence, CancellationToken cancellationToken) =>
        ActAsync(() => Recurrence.IsOccurrenceOf(occurrence ?? "", PostId)
            ? scoped.CancelAsync(User, Campaign, occurrence!, null, null, null, cancellationToken)
            : Refused($"'{occurrence}' is not an occurrence of this post. Nothing was changed."), cancellationToken);

    public Task<IActionResult> OnPostRetryAsync(string key, CancellationToken cancellationToken) =>
        ActAsync(() => Parse(key) is { } parsed
            ? scoped.RetryAsync(User, parsed, cancellationToken)
            : Refused($"'{key}' is not a publication of this post. Nothing was changed."), cancellationToken);

    private static Task<ScopedResult> Refused(string message) => Task.FromResult(new ScopedResult(CommandResult.Refused(message), null));

    private PublicationKey? Parse(string? key)
    {
        var parts = key?.Split('/');
        return parts is [var campaign, var post, var account, var locale] && campaign == Campaign && (post == PostId || Recurrence.IsOccurrenceOf(post, PostId)) && account.Length > 0 && locale.Length > 0
            ? new PublicationKey(campaign, post, account, locale)
            : null;
    }

    private async Task<IActionResult> ActAsync(Func<Task<ScopedResult>> command, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, WebPolicies.Compose)).Succeeded)
        {
            return Forbid();
        }

        if (await command() is not { Result: { } result })
        {
            return Forbid();
        }

        if (result.Succeeded)
        {
            Message = result.Message;
            return RedirectToPage();
        }

        Error = result.Message;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanAct = (await authorization.AuthorizeAsync(User, WebPolicies.Compose)).Succeeded;
        var filter = new PublicationFilter { Campaign = Campaign, PostId = PostId, Accounts = scope.AccountsOf(User) };
        Rows = await ledger.ListAsync(filter, cancellationToken);
        if (Rows.Count == 0)
        {
            // A repeating post's publications are its occurrences, each under "<id>--<instant>" (Recurrence.OccurrenceId).
            filter = new PublicationFilter { Campaign = Campaign, PostIdPrefix = Recurrence.OccurrencePrefix(PostId), Accounts = scope.AccountsOf(User) };
            Rows = await OccurrencesAsync(filter, cancellationToken);
            Repeating = Rows.Count > 0;
            SeriesCancelled = Repeating ? await SeriesCancellationAsync(cancellationToken) : null;
        }

        // A long series reads only the history of the rows shown, the latest last.
        History = (await ledger.HistoryOfAsync(Rows.Select(r => r.Key).ToList(), cancellationToken))
            .OrderBy(h => h.At).TakeLast(PendingShown).ToList();
    }

    /// <summary>
    /// A series can hold thousands of occurrences: the ones still to go out come first, the next at the top, then
    /// the latest done, so what is about to be published is never hidden behind the past.
    /// </summary>
    private async Task<IReadOnlyList<PublicationRecord>> OccurrencesAsync(PublicationFilter filter, CancellationToken cancellationToken)
    {
        var counts = await ledger.CountByStateAsync(filter, cancellationToken);
        var upcoming = counts.Where(c => Upcoming.Contains(c.Key)).Sum(c => c.Value);
        var done = counts.Values.Sum() - upcoming;
        Totals = (upcoming, done);
        var others = Enum.GetValues<PublicationState>().Except(Upcoming).ToArray();
        var next = await ledger.ListAsync(filter with { States = Upcoming, Limit = PendingShown }, cancellationToken);
        var latest = await ledger.ListAsync(filter with { States = others, Limit = DoneShown, Offset = Math.Max(0, done - DoneShown) }, cancellationToken);
        return [.. next, .. latest.Reverse()];
    }

    /// <summary>The series cancellation, when it still holds for the post as it is now.</summary>
    private async Task<SeriesCancellation?> SeriesCancellationAsync(CancellationToken cancellationToken)
    {
        if (await ledger.SeriesCancellationAsync(Campaign, PostId, cancellationToken) is not { InForce: true } cancellation)
        {
            return null;
        }

        var post = await posts.FindAsync(Campaign, PostId, cancellationToken);
        return post is null || cancellation.Stops(post) ? cancellation : null;
    }
}
