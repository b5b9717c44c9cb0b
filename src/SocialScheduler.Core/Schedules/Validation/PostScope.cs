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
    /// past, which is an error (see <see cref="PastIsWarning"/>).
    /// </summary>
    public IReadOnlyDictionary<string, ScheduledPost> Accepted { get; init; } = new Dictionary<string, ScheduledPost>();

    /// <summary>
    /// When true (the service's first load after a start, with no earlier version of the file to keep), a post moved
    /// into the past is a warning, so the rest of its file still loads.
    /// </summary>
    public bool PastIsWarning { get; init; }

    /// <summary>
    /// When true (the web form), a new post too late to be published is an error: the author is there to fix it, and
    /// saving it would store a post that never goes out. Files only warn, so a reviewed schedule stays valid.
    /// </summary>
    public bool RefusePast { get; init; }
}

/// <summary>The outcome for one post: the post when it has no error, and every finding.</summary>
public sealed record PostValidation(ScheduledPost? Post, IReadOnlyList<FieldDiagnostic> Diagnostics)
{
    public bool IsValid => Post is not null;
}
