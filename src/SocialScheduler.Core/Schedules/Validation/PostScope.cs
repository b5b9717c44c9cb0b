namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>What a post is checked against besides itself: its schedule's header and the posts around it.</summary>
/// <param name="Campaign">The campaign the post belongs to.</param>
/// <param name="Hashtag">The hashtag every variant must carry; appended where a text lacks it.</param>
/// <param name="DefaultTimeZone">The schedule's zone, used when the post names none.</param>
/// <param name="FieldPrefix">Put before every field path: <c>posts[3].</c> in a file, empty for a form.</param>
/// <param name="Origin">Where the post comes from, copied to <see cref="ScheduledPost.Origin"/>.</param>
public sealed record PostScope(
    string Campaign,
    string Hashtag,
    string? DefaultTimeZone,
    string FieldPrefix = "",
    string Origin = "web")
{
    /// <summary>
    /// Posts already accepted, by id. A past post that is one of these (or that the ledger holds, see
    /// <see cref="IPostHistory"/>) with the same due time needs no word; one of these at another time was moved into the
    /// past, which is an error (see <see cref="PastTimes"/>).
    /// </summary>
    public IReadOnlyDictionary<string, ScheduledPost> Accepted { get; init; } = new Dictionary<string, ScheduledPost>();

    /// <summary>How a post whose time has passed is judged here.</summary>
    public PastTimeRule PastTimes { get; init; } = PastTimeRule.ScheduleFile;
}

/// <summary>
/// Where a post is checked, which decides how a time that has passed is judged: a post moved into the past (known
/// at another time), and a past post never seen before that is too late to go out.
/// </summary>
public enum PastTimeRule
{
    /// <summary>
    /// A schedule file, checked by <c>validate</c> or reloaded by the service: a post moved into the past is an error,
    /// so the last good version stays in force; a missed one never seen before is a warning, so a reviewed schedule
    /// stays valid as time passes.
    /// </summary>
    ScheduleFile,

    /// <summary>
    /// The service's first load of a file after a start, with no earlier version in force to fall back on: both are
    /// warnings, so the rest of the file still loads; the ledger records the post as missed.
    /// </summary>
    FirstLoadAfterStart,

    /// <summary>
    /// The web form or the API: both are errors. The author is there to fix it, and saving would store a post that
    /// never goes out.
    /// </summary>
    WebForm,
}

/// <summary>The outcome for one post: the post when it has no error, and every finding.</summary>
public sealed record PostValidation(ScheduledPost? Post, IReadOnlyList<FieldDiagnostic> Diagnostics)
{
    public bool IsValid => Post is not null;
}
