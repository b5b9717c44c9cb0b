using Dapper;
using Microsoft.Extensions.Options;
using SocialScheduler.Jobs.Ledger.Dialects;
using SocialScheduler.Jobs.Publishing;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>Why a Scheduled publication may not be claimed yet, in the order the rule asks; <see cref="Ready"/> when it may.</summary>
internal enum ReadinessVerdict
{
    Ready,

    /// <summary>Its attempt is due later than the early tolerance allows: its own job runs then.</summary>
    NotDue,

    /// <summary>Its attempt was due more than the missed window ago: it is cancelled, not sent.</summary>
    Missed,

    /// <summary>Approval is required and it has none.</summary>
    AwaitingApproval,

    /// <summary>A pause covers it: it is held until the pause is lifted.</summary>
    Paused,
}

/// <summary>The verdict on one publication, with the pause that holds it when <see cref="ReadinessVerdict.Paused"/>.</summary>
internal sealed record ReadinessCheck(ReadinessVerdict Verdict, PauseScope? Pause = null)
{
    public static ReadinessCheck Ready { get; } = new(ReadinessVerdict.Ready);
}

/// <summary>
/// The one rule for whether a Scheduled publication may be claimed at a moment: its next attempt is due (up to
/// <see cref="EarlyTolerance"/> early), was due no longer than the missed window ago, is approved when approval is
/// required, and no pause covers it. It is read two ways: as the claim's SQL predicate (<see cref="Predicate"/>),
/// so SQLite and PostgreSQL claim a ready publication in one statement, and in memory (<see cref="Check"/>), which
/// SQL Server uses before its claim and every provider uses to say why a publication was not claimed.
/// </summary>
/// <param name="NotAfterMs">The latest next-attempt time that is due (now plus the early tolerance).</param>
/// <param name="NotBeforeMs">The earliest next-attempt time inside the missed window.</param>
/// <param name="RequireApproval">Whether an approval is required.</param>
internal sealed record Readiness(long NotAfterMs, long NotBeforeMs, bool RequireApproval)
{
    /// <summary>A job Hangfire starts a moment early still publishes: its clock and ours may differ a little.</summary>
    public static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(2);

    public static Readiness At(DateTimeOffset now, PublishingOptions publishing, ApprovalOptions approval) =>
        new((now + EarlyTolerance).ToUnixTimeMilliseconds(), publishing.MissedBefore(now).ToUnixTimeMilliseconds(), approval.Required);

    /// <summary>The first condition <paramref name="row"/> fails, given the scopes paused now (<see cref="PauseScope.Value"/>).</summary>
    public ReadinessCheck Check(PublicationRow row, IReadOnlySet<string> pausedScopes)
    {
        if (row.RunAtMs > NotAfterMs)
        {
            return new(ReadinessVerdict.NotDue);
        }

        if (row.RunAtMs < NotBeforeMs)
        {
            return new(ReadinessVerdict.Missed);
        }

        if (RequireApproval && row.ApprovedBy is null)
        {
            return new(ReadinessVerdict.AwaitingApproval);
        }

        return PauseOf(row, pausedScopes) is { } pause ? new(ReadinessVerdict.Paused, pause) : ReadinessCheck.Ready;
    }

    /// <summary>The pause among <paramref name="pausedScopes"/> that covers <paramref name="row"/>, broadest first; null when none does.</summary>
    public static PauseScope? PauseOf(PublicationRow row, IReadOnlySet<string> pausedScopes) =>
        new[] { PauseScope.All, PauseScope.Account(row.Account), PauseScope.Campaign(row.Campaign) }.FirstOrDefault(s => pausedScopes.Contains(s.Value));

    /// <summary>The same rule as a condition on a row of <see cref="LedgerDialect.Table"/>; its parameters are added to <paramref name="args"/>.</summary>
    public string Predicate(LedgerDialect dialect, DynamicParameters args)
    {
        args.Add("NotAfter", NotAfterMs);
        args.Add("NotBefore", NotBeforeMs);
        const string t = LedgerDialect.Table;
        return "run_at_ms <= @NotAfter AND run_at_ms >= @NotBefore" +
            (RequireApproval ? " AND approved_by IS NOT NULL" : "") +
            $" AND NOT EXISTS (SELECT 1 FROM publishing_pauses WHERE scope IN ('{PauseScope.All.Value}', " +
            $"{dialect.Concat($"'{PauseScope.AccountPrefix}'", $"{t}.account")}, {dialect.Concat($"'{PauseScope.CampaignPrefix}'", $"{t}.campaign")}))";
    }
}

/// <summary>The readiness rule with the settings in force (<c>Publishing:MissedWindow</c>, <c>Approval:Required</c>).</summary>
internal sealed class ReadinessRule(IOptions<PublishingOptions> publishing, IOptions<ApprovalOptions> approval)
{
    public Readiness At(DateTimeOffset now) => Readiness.At(now, publishing.Value, approval.Value);
}
