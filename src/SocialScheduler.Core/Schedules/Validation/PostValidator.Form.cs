namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    /// <summary>
    /// Validates one post entered in the web form against the schedule in force: every rule of a file, plus a unique
    /// id across the campaign. Field paths are relative to the post (<c>text.fr</c>, <c>accounts[0]</c>).
    /// </summary>
    /// <param name="draft">The post as entered.</param>
    /// <param name="current">The schedule in force (<see cref="IScheduleSource.Current"/>).</param>
    /// <param name="defaultTimeZone">The zone used when the form leaves it empty.</param>
    /// <param name="editing">The id of the web post being edited, whose id and due time it may keep; null for a new post.</param>
    public PostValidation ValidateForm(PostDraft draft, ScheduleSnapshot current, string? defaultTimeZone = null, string? editing = null)
    {
        var mine = current.Posts.Where(p => p.Campaign == catalog.Campaign).ToList();
        var accepted = mine.Where(p => p.Id == editing && p.Origin == "web").ToDictionary(p => p.Id, StringComparer.Ordinal);
        var result = Validate(draft, FormScope(defaultTimeZone) with { Accepted = accepted });
        var owner = draft.Id is null || draft.Id == editing ? null : mine.FirstOrDefault(p => p.Id == draft.Id);
        if (owner is null)
        {
            return result;
        }

        var duplicate = FieldDiagnostic.Error("id", DiagnosticCodes.DuplicatePostId,
            $"id '{draft.Id}' is already used by a post from {owner.Origin}; give each post of the campaign its own id");
        return new PostValidation(null, [duplicate, .. result.Diagnostics]);
    }
}
