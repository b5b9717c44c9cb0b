using System.Security.Claims;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>A command's outcome for a person: its result, or why it was refused as another partner's (<see cref="Forbidden"/>).</summary>
public sealed record ScopedResult(CommandResult? Result, string? Forbidden)
{
    public static ScopedResult NotYours(string what) => new(null, what);
}

/// <summary>
/// The publishing commands as a person may run them: a person scoped to a partner acts on that partner's accounts
/// only (cancelling or approving a post for several partners touches their own publications), and another partner's
/// id is refused before anything changes. Unscoped people run the commands as they are. Used by the pages and the API.
/// </summary>
public sealed class ScopedCommands(IPublishingCommands commands, IPublicationLedger ledger, PartnerScope scope)
{
    public async Task<ScopedResult> CancelAsync(ClaimsPrincipal user, string campaign, string postId, string? reason, string? account, string? locale, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        if (scope.AccountsOf(user) is null)
        {
            return new(await commands.CancelAsync(campaign, postId, actor, reason, account, locale, cancellationToken), null);
        }

        if (account is not null)
        {
            return scope.Allows(user, account)
                ? new(await commands.CancelAsync(campaign, postId, actor, reason, account, locale, cancellationToken), null)
                : ScopedResult.NotYours($"{campaign}/{postId}/{account}");
        }

        var mine = await OwnAccountsOfPostAsync(user, campaign, postId, cancellationToken);
        if (mine.Count == 0)
        {
            return ScopedResult.NotYours($"{campaign}/{postId}");
        }

        var changed = 0;
        foreach (var own in mine)
        {
            changed += (await commands.CancelAsync(campaign, postId, actor, reason, own, locale, cancellationToken)).Changed;
        }

        return new(CommandResult.Done(changed, $"Cancelled {changed} publications of {campaign}/{postId} on {string.Join(", ", mine)}."), null);
    }

    public async Task<ScopedResult> ApproveAsync(ClaimsPrincipal user, string campaign, string postId, string locale, CancellationToken cancellationToken)
    {
        var actor = user.Identity!.Name!;
        if (scope.AccountsOf(user) is null)
        {
            return new(await commands.ApproveAsync(campaign, postId, locale, actor, cancellationToken), null);
        }

        // Each partner approves its own publications: the others' stay waiting for their own approvers.
        var mine = await OwnAccountsOfPostAsync(user, campaign, postId, cancellationToken, locale);
        return mine.Count == 0
            ? ScopedResult.NotYours($"{campaign}/{postId} in '{locale}'")
            : new(await commands.ApproveAsync(campaign, postId, locale, actor, mine, cancellationToken), null);
    }

    public async Task<ScopedResult> RetryAsync(ClaimsPrincipal user, Core.Schedules.PublicationKey key, CancellationToken cancellationToken) =>
        scope.Allows(user, key.Account)
            ? new(await commands.RetryAsync(key, user.Identity!.Name!, cancellationToken), null)
            : ScopedResult.NotYours(key.ToString());

    /// <summary>A series is resumed for every account at once, so only when all of them are the person's.</summary>
    public async Task<ScopedResult> ResumeSeriesAsync(ClaimsPrincipal user, string campaign, string postId, CancellationToken cancellationToken)
    {
        if (scope.AccountsOf(user) is not null)
        {
            var all = await AccountsOfPostAsync(campaign, postId, cancellationToken);
            if (all.Count == 0 || !all.All(a => scope.Allows(user, a)))
            {
                return ScopedResult.NotYours($"{campaign}/{postId}");
            }
        }

        return new(await commands.ResumeSeriesAsync(campaign, postId, user.Identity!.Name!, cancellationToken), null);
    }

    /// <summary>Whether <paramref name="user"/> may see the post: it has a publication on one of their accounts.</summary>
    public async Task<bool> MaySeeAsync(ClaimsPrincipal user, string campaign, string postId, CancellationToken cancellationToken) =>
        scope.AccountsOf(user) is null || (await OwnAccountsOfPostAsync(user, campaign, postId, cancellationToken)).Count > 0;

    private async Task<IReadOnlyList<string>> OwnAccountsOfPostAsync(ClaimsPrincipal user, string campaign, string postId, CancellationToken cancellationToken, string? locale = null) =>
        [.. (await AccountsOfPostAsync(campaign, postId, cancellationToken, locale)).Where(a => scope.Allows(user, a))];

    private async Task<IReadOnlyList<string>> AccountsOfPostAsync(string campaign, string postId, CancellationToken cancellationToken, string? locale = null)
    {
        var filter = new PublicationFilter { Campaign = campaign, PostId = postId, Locale = locale, Limit = int.MaxValue };
        var rows = await ledger.ListAsync(filter, cancellationToken);
        if (rows.Count == 0)
        {
            // A repeating post has publications under its occurrences' ids only.
            rows = await ledger.ListAsync(filter with { PostId = null, PostIdPrefix = Recurrence.OccurrencePrefix(postId) }, cancellationToken);
        }

        return [.. rows.Select(r => r.Key.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
