namespace SocialScheduler.Jobs.Alerts;

/// <summary><c>Alerts:*</c>: which events go where, and how hard the sender tries. Validated at start.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>A publication whose outcome is still unknown this long after the attempt raises <c>publication.unknown</c>.</summary>
    public TimeSpan UnknownAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An unapproved publication due within this raises <c>approval.waiting</c> (when approval is required).</summary>
    public TimeSpan ApprovalLeadTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Wait before the first retry of a failed delivery; each next wait is three times longer.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Tries per event and channel; with the defaults the sixth is about an hour after the first.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How long one delivery may take before it counts as failed (a receiver that hangs).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the sender looks for events to deliver and for conditions to report.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Local time of the daily digest of the day ahead, e.g. <c>07:00</c>; empty sends none.</summary>
    public string? DigestAt { get; set; } = "07:00";

    /// <summary>IANA time zone of <see cref="DigestAt"/>.</summary>
    public string DigestTimeZone { get; set; } = "UTC";

    /// <summary>Signed webhooks by name (<c>Alerts:Webhooks:&lt;name&gt;</c>).</summary>
    public Dictionary<string, WebhookChannelOptions> Webhooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>E-mail (<c>Alerts:Email</c>); no host means no e-mail.</summary>
    public EmailChannelOptions Email { get; set; } = new();

    /// <summary>The wait before try <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failed.</summary>
    public TimeSpan RetryDelay(long attempt) => RetryBaseDelay * Math.Pow(3, Math.Clamp(attempt - 1, 0, 10));
}

/// <summary>One signed webhook: <c>Alerts:Webhooks:&lt;name&gt;</c>.</summary>
public sealed class WebhookChannelOptions
{
    public string? Url { get; set; }

    /// <summary>Key of the HMAC-SHA256 signature; from the environment or user-secrets, never committed.</summary>
    public string? Secret { get; set; }

    /// <summary><c>Json</c> (the event as is), or <c>Slack</c>, <c>Teams</c>, <c>Matrix</c> for that service's incoming webhook.</summary>
    public string Format { get; set; } = "Json";

    /// <summary>Event types sent; empty sends all.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Credentials never reach a log line through an accidental ToString.</summary>
    public override string ToString() => $"webhook {Url} ({Format})";
}

/// <summary>E-mail over SMTP: <c>Alerts:Email</c>.</summary>
public sealed class EmailChannelOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>None</c>, <c>StartTls</c> or <c>Tls</c> (TLS from the first byte, usually port 465).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    /// <summary>From the environment or user-secrets, never committed.</summary>
    public string? Password { get; set; }

    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    /// <summary>Event types sent; empty sends all.</summary>
    public List<string> Events { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Credentials never reach a log line through an accidental ToString.</summary>
    public override string ToString() => $"smtp {Host}:{Port} ({Security})";
}
