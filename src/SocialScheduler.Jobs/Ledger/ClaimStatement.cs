namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// A claim of revision <paramref name="Revision"/> of a publication for its next attempt, made at <paramref name="NowMs"/>
/// when it is ready, by the worker <paramref name="Holder"/> (see <see cref="Hosting.ServerIdentity"/>).
/// </summary>
internal sealed record ClaimStatement(string Id, long Revision, long NowMs, Readiness Readiness, string Holder);
