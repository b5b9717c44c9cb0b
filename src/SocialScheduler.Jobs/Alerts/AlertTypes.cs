namespace SocialScheduler.Jobs.Alerts;

/// <summary>The event types a person can be told about; stored and sent by these names, so never renamed.</summary>
public static class AlertTypes
{
    public const string NeedsAttention = "publication.needs_attention";
    public const string Failed = "publication.failed";
    public const string Missed = "publication.missed";
    public const string Unknown = "publication.unknown";
    public const string ApprovalWaiting = "approval.waiting";
    public const string AccountExpiring = "account.expiring";
    public const string AccountFailing = "account.failing";
    public const string PublishingPaused = "publishing.paused";
    public const string PublishingResumed = "publishing.resumed";
    public const string Digest = "digest.daily";

    public static IReadOnlyList<string> All { get; } =
        [NeedsAttention, Failed, Missed, Unknown, ApprovalWaiting, AccountExpiring, AccountFailing, PublishingPaused, PublishingResumed, Digest];
}
