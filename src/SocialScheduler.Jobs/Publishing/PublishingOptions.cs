using System.ComponentModel.DataAnnotations;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Jobs.Publishing;

/// <summary><c>Publishing:*</c>: retries, repair and timing of the publishing pipeline. Validated at start.</summary>
public sealed class PublishingOptions : IValidatableObject
{
    public const string Section = "Publishing";

    /// <summary>Transient failures allowed before a publication is marked Failed.</summary>
    [Range(1, 20, ErrorMessage = "Publishing:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay after a transient failure; doubles each time, with ±20 % jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Sending or Unknown records older than this are checked with the platform.</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Records whose outcome still cannot be established after this become NeedsAttention.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A publication whose time is further in the past than this is not sent: not when first loaded, not on resume
    /// after a pause, not when its job runs late. It is Cancelled with the reason instead.
    /// </summary>
    /// <remarks>
    /// Not bound from configuration: it is <see cref="Core.Schedules.MissedWindow.From"/>'s reading, the one the schedule
    /// rules use, so <c>validate</c> and the service accept and refuse the same values with the same message.
    /// </remarks>
    public TimeSpan MissedWindow { get; internal set; } = Core.Schedules.MissedWindow.Default;

    /// <summary>
    /// The missed rule shared by the sync, resume and the publish job: a publication meant for a time before this
    /// instant is missed; one meant for this instant or later may still go out.
    /// </summary>
    internal DateTimeOffset MissedBefore(DateTimeOffset now) => now - MissedWindow;

    /// <summary>How often the Hangfire server looks for due delayed jobs (1–5 s; Hangfire's 15 s made posts late).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 100, ErrorMessage = "Publishing:WorkerCount must be between 1 and 100.")]
    public int WorkerCount { get; set; } = 8;

    /// <summary>How often each worker runs the sweeper (lost jobs) and the reconciler (unknown outcomes).</summary>
    public TimeSpan RepairInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Delayed jobs are created only for publications due within this horizon; the sweeper creates the rest as they
    /// come near. Empty means every pending publication has its job (the embedded default); on PostgreSQL and SQL
    /// Server it defaults to 1 hour, because creating a delayed job there costs a few milliseconds.
    /// </summary>
    public TimeSpan? JobHorizon { get; set; }

    /// <summary>Schema of Hangfire's own tables on PostgreSQL and SQL Server.</summary>
    [Required(ErrorMessage = "Publishing:HangfireSchema is required, e.g. 'hangfire'.")]
    public string HangfireSchema { get; set; } = "hangfire";

    /// <summary>A Scheduled publication this far past its time makes <c>/healthz</c> unhealthy.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Card size overrides per platform (<c>Publishing:CardSizes:&lt;platform&gt; = square</c>); a platform not named
    /// here uses the default size of its description's <see cref="Core.Platforms.ImageRules"/> (see <see cref="CardTargets"/>).
    /// </summary>
    public Dictionary<string, string> CardSizes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SchedulePollingInterval < TimeSpan.FromSeconds(1) || SchedulePollingInterval > TimeSpan.FromSeconds(5))
        {
            yield return new("Publishing:SchedulePollingInterval must be between 00:00:01 and 00:00:05.", [nameof(SchedulePollingInterval)]);
        }

        foreach (var (name, value) in new[] { ("RetryBaseDelay", RetryBaseDelay), ("RetryMaxDelay", RetryMaxDelay), ("ReconcileAfter", ReconcileAfter), ("EscalateAfter", EscalateAfter), ("LateAfter", LateAfter), ("RepairInterval", RepairInterval) })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new($"Publishing:{name} must be a positive time span such as 00:05:00.", [name]);
            }
        }

        if (MissedWindow <= TimeSpan.Zero)
        {
            yield return new(Core.Schedules.MissedWindow.Rule, [nameof(MissedWindow)]);
        }

        foreach (var (platform, size) in CardSizes)
        {
            if (!Core.Cards.CardSize.TryParse(size, out _))
            {
                yield return new($"Publishing:CardSizes:{platform} = '{size}' is not a card size: use square, portrait, landscape, wide or link.", ["CardSizes"]);
            }
        }
    }
}

/// <summary><c>Approval:*</c>: whether a second person must approve each locale before it can go out.</summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approval";

    public bool Required { get; set; }
}
