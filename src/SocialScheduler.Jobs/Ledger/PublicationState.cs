namespace SocialScheduler.Jobs.Ledger;

/// <summary>Where one publication stands. Stored by name, so values may be added but never renamed.</summary>
public enum PublicationState
{
    /// <summary>Waiting for its time (or for approval when approval is required).</summary>
    Scheduled,

    /// <summary>Claimed by one attempt; the request may be on its way to the platform.</summary>
    Sending,

    /// <summary>The platform confirmed it; the record holds the remote id and URL.</summary>
    Published,

    /// <summary>Refused for good (content, or retries exhausted); the message says why.</summary>
    Failed,

    /// <summary>The request may have reached the platform; the reconciler looks before any new attempt.</summary>
    Unknown,

    /// <summary>A person must act (credentials, policy, or an outcome nobody could establish).</summary>
    NeedsAttention,

    /// <summary>Will not be published: cancelled by a person, removed from its schedule, or its window passed.</summary>
    Cancelled,

    /// <summary>Its time came while publishing was paused for it; it goes out on resume (see the resume rule).</summary>
    Paused,
}
