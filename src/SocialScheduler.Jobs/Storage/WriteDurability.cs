namespace SocialScheduler.Jobs.Storage;

/// <summary>How far a ledger write must have reached the disk before its caller goes on.</summary>
internal enum WriteDurability
{
    /// <summary>Synced to the disk: it survives a power loss. Claims, and every change a person or a schedule makes.</summary>
    Synced,

    /// <summary>
    /// Committed, so it survives the process being killed, and synced with the next synced write. Only for what the
    /// reconciler can recover: the outcome of an attempt already claimed (synced) and sent. If a power loss undoes
    /// one, the record is back in Sending and the reconciler asks the platform whether the post exists.
    /// </summary>
    Committed,
}
