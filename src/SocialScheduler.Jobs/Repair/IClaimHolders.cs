namespace SocialScheduler.Jobs.Repair;

/// <summary>
/// Tells whether the worker holding a claim (<see cref="Ledger.PublicationRow.Holder"/>) is still alive, so the
/// reconciler settles a dead worker's publications at once and leaves a live worker's sends alone.
/// </summary>
/// <remarks>Thread-safe. Wrong answers cost differently: calling a live holder dead may send twice, so when in doubt an implementation declines to judge.</remarks>
internal interface IClaimHolders
{
    /// <summary>
    /// A judgement of holders as of now: for a holder, why it is dead, or null when it is alive. Null instead of a
    /// judgement when this process cannot judge (no server runs here, the storage is unreachable or was just now);
    /// then only <c>Publishing:ReconcileAfter</c> applies.
    /// </summary>
    Func<string, string?>? Judge();
}
