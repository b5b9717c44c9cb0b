namespace SocialScheduler.Jobs.Ledger;

/// <summary>What a publication must satisfy to be claimed without a look at it first.</summary>
/// <param name="NotAfterMs">Its next attempt is due by then (now, plus the early tolerance).</param>
/// <param name="NotBeforeMs">Its next attempt was due no earlier than this (inside the missed window).</param>
/// <param name="RequireApproval">It must carry an approval.</param>
internal sealed record ClaimConditions(long NotAfterMs, long NotBeforeMs, bool RequireApproval);

/// <summary>A claim of revision <paramref name="Revision"/> of a publication for its next attempt, made at <paramref name="NowMs"/> when it is ready.</summary>
internal sealed record ClaimStatement(string Id, long Revision, long NowMs, ClaimConditions Conditions);
