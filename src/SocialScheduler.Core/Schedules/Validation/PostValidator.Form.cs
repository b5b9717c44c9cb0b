namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    /// <summary>
    /// Validates one post entered in the web form or the API against the schedule in force: every rule of a file,
    /// plus a unique id across the campaign. Field paths are relative to the post (<c>text.fr</c>, <c>accounts[0]</c>).
    /// </summary>
    /// <param name="draft">The post as entered.</param>
    /// <param name="current">Every post in force: the schedule files' and the web posts.</param>
    /// <param name="defaultTimeZone">The zone used when the form leaves it empty.</param>
    /// <param name="editing">The id of the web post being edited, whose id and due time it may keep; null for a new post.</param>
    /// <param name="retiredIds">
    /// Ids the publication ledger holds for posts no longer in any schedule: their history is kept under that id, so
    /// a new post may not take it.
    /// </param>
    public PostValidation ValidateForm(
        PostDraft draft, ScheduleSnapshot current, string? defaultTimeZone = null, string? editing = null, IReadOnlyCollection<string>? retiredIds = null)
    {
        var mine = current.Posts.Where(p => p.Campaign == catalog.Campaign).ToList();
        var edited = mine.Where(p => p.Id == editing && p.Origin == "web").ToDictionary(p => p.Id, StringComparer.Ordinal);
        var result = Validate(draft, FormScope(defaultTimeZone) with { Accepted = edited });
        if (draft.Id is null || edited.ContainsKey(draft.Id))
        {
            return result;
        }

        FieldDiagnostic? duplicate = null;
        if (mine.FirstOrDefault(p => p.Id == draft.Id) is { } owner)
        {
            duplicate = FieldDiagnostic.Error("id", DiagnosticCodes.DuplicatePostId, owner.Origin == "web"
                ? $"id '{draft.Id}' is already used by a post written in the browser; give each post of the campaign its own id, or open that post to edit it"
                : $"id '{draft.Id}' is already used by a post from {owner.Origin}; give each post of the campaign its own id (a file's posts are edited in the file)");
        }
        else if (retiredIds?.Contains(draft.Id, StringComparer.Ordinal) == true)
        {
            duplicate = FieldDiagnostic.Error("id", DiagnosticCodes.DuplicatePostId,
                $"id '{draft.Id}' was used by a post no longer scheduled, and its publication history is kept under it; give this post another id");
        }

        return duplicate is null ? result : new PostValidation(null, [duplicate, .. result.Diagnostics]);
    }
}
