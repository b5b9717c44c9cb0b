using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>The outcome of saving a composed post: the saved post, or the findings that stopped it.</summary>
public sealed record ComposeResult(ScheduledPost? Post, IReadOnlyList<FieldDiagnostic> Diagnostics)
{
    public bool Saved => Post is not null;
}

/// <summary>
/// Checks a post from the browser with the same rules as <c>validate</c> and stores it with the web posts. A new
/// post may not take the id of an existing one; a file post is never overwritten from the browser.
/// </summary>
public sealed class PostComposer(PostValidator validator, IWebPostStore webPosts, IPublicationLedger ledger)
{
    public async Task<ComposeResult> SaveAsync(ComposeForm form, string author, bool editing, CancellationToken cancellationToken)
    {
        var scope = validator.FormScope();
        var existingWeb = (await webPosts.ListAsync(cancellationToken)).FirstOrDefault(p => p.Campaign == scope.Campaign && p.Id == form.Id);
        var conflict = await ConflictAsync(form, scope.Campaign, existingWeb, editing, cancellationToken);
        if (conflict is not null)
        {
            return new(null, [conflict]);
        }

        if (existingWeb is not null)
        {
            // An unchanged time that has meanwhile passed stays acceptable when only the text is edited.
            scope = scope with { Accepted = new Dictionary<string, ScheduledPost> { [existingWeb.Id] = existingWeb } };
        }

        var locales = form.Locales.Distinct(StringComparer.Ordinal).ToList();
        var draft = new PostDraft
        {
            Id = form.Id?.Trim(),
            At = form.At?.Trim(),
            TimeZone = string.IsNullOrWhiteSpace(form.TimeZone) ? null : form.TimeZone.Trim(),
            Accounts = form.Accounts.Distinct(StringComparer.Ordinal).ToList(),
            Locales = locales,
            Card = string.IsNullOrWhiteSpace(form.Card) ? null : form.Card,
            Text = form.Text.Where(t => locales.Contains(t.Key) && !string.IsNullOrWhiteSpace(t.Value))
                .ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal),
        };
        var validation = validator.Validate(draft, scope);
        if (validation.Post is null)
        {
            return new(null, validation.Diagnostics);
        }

        await webPosts.SaveAsync(validation.Post, author, cancellationToken);
        return new(validation.Post, validation.Diagnostics);
    }

    private async Task<FieldDiagnostic?> ConflictAsync(ComposeForm form, string campaign, ScheduledPost? existingWeb, bool editing, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Id))
        {
            return null;
        }

        var inLedger = await ledger.ListAsync(new PublicationFilter { Campaign = campaign, PostId = form.Id.Trim(), Limit = 1 }, cancellationToken);
        if (inLedger.Count > 0 && inLedger[0].Origin != "web")
        {
            return FieldDiagnostic.Error("id", "web.file-post",
                $"id '{form.Id}' belongs to a post from a schedule file; edit that file in schedules/, or choose another id");
        }

        if (!editing && (existingWeb is not null || inLedger.Count > 0))
        {
            return FieldDiagnostic.Error("id", "web.duplicate-id",
                $"id '{form.Id}' is already used by another post; choose another id, or open that post to edit it");
        }

        return null;
    }
}
