using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages.Admin;

[Authorize(Policy = WebPolicies.Admin)]
public sealed class PublishingModel(
    IPublicationLedger ledger, IPublishingCommands commands, AccountDirectory accounts, AccountsCheck check, PauseScopes scopes, AlertChannelStatus alerts, PartnerScope partners) : PageModel
{
    /// <summary>The last account check, when this request ran one.</summary>
    public IReadOnlyList<AccountCheckLine>? AccountStatus { get; private set; }

    public IReadOnlyList<PauseEntry> Pauses { get; private set; } = [];

    /// <summary>The alert channels configured, and those whose deliveries fail.</summary>
    public IReadOnlyList<string> AlertChannels => alerts.Channels;

    public IReadOnlyList<ChannelProblem> AlertProblems { get; private set; } = [];

    public IEnumerable<string> AccountNames => accounts.Names.Where(a => partners.Allows(User, a)).Order(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pauses = await ledger.PausesAsync(cancellationToken);
        AlertProblems = await alerts.ProblemsAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostPauseAsync(string scope, string? reason, CancellationToken cancellationToken) =>
        RunAsync(scope, async s => scopes.ProblemWith(s) is { } problem
            ? CommandResult.Refused(problem)
            : await commands.PauseAsync(s, User.Identity!.Name!, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string scope, CancellationToken cancellationToken) =>
        RunAsync(scope, s => commands.ResumeAsync(s, User.Identity!.Name!, cancellationToken), cancellationToken);

    /// <summary>A POST, not a GET: it signs in to every platform, which a link preview or crawler must not trigger.</summary>
    public async Task OnPostCheckAsync(CancellationToken cancellationToken)
    {
        AccountStatus = await check.RunAsync(cancellationToken);
        await OnGetAsync(cancellationToken);
    }

    private async Task<IActionResult> RunAsync(string scope, Func<PauseScope, Task<CommandResult>> command, CancellationToken cancellationToken)
    {
        if (!PauseScope.TryParse(scope, out var parsed))
        {
            Error = $"'{scope}' is not a pause scope. Nothing was changed.";
        }
        else if (!partners.Allows(User, parsed))
        {
            return Forbid();
        }
        else
        {
            var result = await command(parsed);
            if (result.Succeeded)
            {
                Message = result.Message;
                return RedirectToPage();
            }

            Error = result.Message;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
