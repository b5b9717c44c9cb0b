using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing.Commands;

/// <summary>
/// Write side for people (web UI and CLI). Each command checks the state it starts from, records history with the
/// actor, and (when a publishing server runs in this process) moves the Hangfire jobs; otherwise the running
/// server's sweeper picks the change up within its interval.
/// </summary>
/// <remarks>
/// Commands never throw for a state that no longer allows them: they return a <see cref="CommandResult"/> whose
/// message says what blocked them, so a stale browser page cannot publish or cancel twice.
/// </remarks>
public interface IPublishingCommands
{
    /// <summary>
    /// Cancels every pending publication of a post (all accounts and locales when they are null).
    /// <paramref name="postId"/> may also name one occurrence of a repeating post, which cancels only that one. For a
    /// repeating post with no account or locale given, the whole series ends: its pending occurrences are cancelled
    /// and no later one is added until <see cref="ResumeSeriesAsync"/>, or until the post itself changes (a reviewed
    /// schedule file edit, or the post saved again in the browser, is a fresh decision).
    /// </summary>
    Task<CommandResult> CancelAsync(string campaign, string postId, string actor, string? reason = null, string? account = null, string? locale = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets a cancelled series go on from now: its occurrences still ahead that the cancellation stopped go out at their
    /// time again, and later ones are added as they come near. Occurrences whose time passed meanwhile, and ones
    /// cancelled one by one before, stay cancelled (retry one to send it).
    /// </summary>
    Task<CommandResult> ResumeSeriesAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Puts a Failed, NeedsAttention or Cancelled publication back to Scheduled, due now.</summary>
    Task<CommandResult> RetryAsync(PublicationKey key, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves one locale of a post for every account; the approver must not be the post's author. For a repeating
    /// post it approves every pending occurrence and the series: occurrences added later come approved (noted in their
    /// history) for as long as that locale's content, the rule and the accounts are unchanged.
    /// </summary>
    Task<CommandResult> ApproveAsync(string campaign, string postId, string locale, string approver, CancellationToken cancellationToken = default) =>
        ApproveAsync(campaign, postId, locale, approver, null, cancellationToken);

    /// <summary>
    /// Approves one locale of a post for <paramref name="accounts"/> only (a partner approving its own publications);
    /// null means every account. Only an approval for every account carries over to later occurrences of a series.
    /// </summary>
    Task<CommandResult> ApproveAsync(string campaign, string postId, string locale, string approver, IReadOnlyCollection<string>? accounts, CancellationToken cancellationToken = default);

    /// <summary>Stops publishing in <paramref name="scope"/> at once: jobs that come due turn Paused.</summary>
    Task<CommandResult> PauseAsync(PauseScope scope, string actor, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Lifts a pause; paused publications go out now, or are cancelled when their window passed.</summary>
    Task<CommandResult> ResumeAsync(PauseScope scope, string actor, CancellationToken cancellationToken = default);
}

/// <summary>What a command did: how many publications it changed, and a sentence for the user.</summary>
public sealed record CommandResult(bool Succeeded, int Changed, string Message)
{
    public static CommandResult Done(int changed, string message) => new(true, changed, message);

    public static CommandResult Refused(string message) => new(false, 0, message);
}
