using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>The outcome of saving a composed post: the saved post, or the findings that stopped it.</summary>
/// <param name="Forbidden">What of another partner's a person scoped to a partner tried to change; nothing was saved.</param>
public sealed record ComposeResult(ScheduledPost? Post, IReadOnlyList<FieldDiagnostic> Diagnostics, string? Forbidden = null)
{
    public bool Saved => Post is not null;
}

/// <summary>
/// Checks a post from the browser or the API with <see cref="PostValidator.ValidateForm"/>, the same rules as
/// <c>validate</c> (ids included), against every post in force, and stores it with the web posts.
/// </summary>
public sealed class PostComposer(
    PostValidator validator, PostsInForce posts, IWebPostStore webPosts, IPostHistory history, TimeProvider time, ScheduleOptions schedules, AccountDirectory accounts)
{
    /// <param name="partner">The partner the author is scoped to: the post, and the post it replaces, must publish on that partner's accounts only.</param>
    public async Task<ComposeResult> SaveAsync(ComposeForm form, string author, bool editing, CancellationToken cancellationToken, string? partner = null)
    {
        if (FormBounds.Check(form) is { Count: > 0 } outOfBounds)
        {
            return new(null, outOfBounds);
        }

        var id = string.IsNullOrWhiteSpace(form.Id) ? null : form.Id.Trim();
        var locales = form.Locales.Distinct(StringComparer.Ordinal).ToList();
        var draft = new PostDraft
        {
            Id = id,
            At = form.At?.Trim(),
            TimeZone = Optional(form.TimeZone),
            Accounts = form.Accounts.Distinct(StringComparer.Ordinal).ToList(),
            Partners = form.Partners.Distinct(StringComparer.Ordinal).ToList(),
            Locales = locales,
            Card = Optional(form.Card),
            Text = form.Text.Where(t => locales.Contains(t.Key) && !string.IsNullOrWhiteSpace(t.Value))
                .ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal),
            Alt = form.Alt?.Where(a => locales.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.Ordinal),
            Size = Optional(form.Size),
            Repeat = Optional(form.Repeat),
            Until = Optional(form.Until),
        };

        var inForce = new ScheduleSnapshot([.. (await posts.ListAsync(cancellationToken)).Select(p => p.Post)], [], time.GetUtcNow());
        var validation = validator.ValidateForm(draft, inForce, editing: editing ? id : null, retiredIds: Retired(id, inForce));
        List<FieldDiagnostic> stray = [.. StrayAltTexts(draft), .. ForOtherLocales(form, locales)];
        if (validation.Post is null || stray.Count > 0)
        {
            return new(null, [.. validation.Diagnostics.Where(d => !stray.Any(s => s.Field == d.Field)), .. stray]);
        }

        if (validation.Post.DueUtc > time.GetUtcNow() + schedules.MaxHorizon)
        {
            return new(null, [FieldDiagnostic.Error("at", DiagnosticCodes.BadTime,
                $"at is more than {schedules.MaxHorizon.TotalDays:0} days ahead (Schedules:MaxHorizon); choose an earlier time")]);
        }

        if (partner is not null && NotOwn(validation.Post, partner, inForce) is { } other)
        {
            return new(null, [], other);
        }

        await webPosts.SaveAsync(validation.Post, author, cancellationToken);
        return new(validation.Post, validation.Diagnostics);
    }

    /// <summary>The first account of another partner the post, or the post in force it replaces, publishes on.</summary>
    private string? NotOwn(ScheduledPost post, string partner, ScheduleSnapshot inForce)
    {
        var replaced = inForce.Posts.FirstOrDefault(p => p.Campaign == post.Campaign && p.Id == post.Id);
        var other = post.Accounts.Concat(replaced?.Accounts ?? []).FirstOrDefault(a => accounts.PartnerOf(a) != partner);
        return other is null ? null : $"{post.Campaign}/{post.Id}/{other}";
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Texts and alt texts written for a locale the post does not have: dropped, they would be lost unseen (a
    /// request is answered with its post once saved), so they are refused. The compose page drops them itself, as it
    /// hides the boxes of a locale that is not ticked.
    /// </summary>
    private static IEnumerable<FieldDiagnostic> ForOtherLocales(ComposeForm form, List<string> locales) =>
        form.Text.Select(t => (Field: "text", t.Key, t.Value, What: "text"))
            .Concat((form.Alt ?? []).Select(a => (Field: "alt", a.Key, a.Value, What: "alt text")))
            .Where(x => !locales.Contains(x.Key) && !string.IsNullOrWhiteSpace(x.Value))
            .Select(x => FieldDiagnostic.Error($"{x.Field}.{x.Key}", DiagnosticCodes.UnusedText,
                $"{x.Field}.{x.Key} is written for locale '{x.Key}', which the post does not have; add '{x.Key}' to locales, or remove the {x.What}"));

    /// <summary>
    /// Alt texts written for a post without a card. In a schedule file they are a warning that <c>validate</c> shows;
    /// a request is answered with its post once saved, so the text would be dropped unseen: it is refused instead.
    /// The compose page drops them itself, as its alt-text fields are hidden while no card is chosen.
    /// </summary>
    private static List<FieldDiagnostic> StrayAltTexts(PostDraft draft) => draft.Card is not null || draft.Alt is null ? [] : draft.Alt
        .Where(a => !string.IsNullOrWhiteSpace(a.Value))
        .Select(a => FieldDiagnostic.Error($"alt.{a.Key}", DiagnosticCodes.AltTextMissing,
            $"alt.{a.Key} describes no image because the post has no card; choose a card for it, or remove the alt text"))
        .ToList();

    /// <summary>
    /// The id, when the ledger has publications under it from a post that is no longer in force. The history maps a
    /// repeating post's occurrences back to its id, so a retired series keeps its id as a retired one-off post does.
    /// </summary>
    private IReadOnlyCollection<string> Retired(string? id, ScheduleSnapshot inForce)
    {
        var campaign = validator.Catalog.Campaign;
        if (id is null || inForce.Posts.Any(p => p.Campaign == campaign && p.Id == id))
        {
            return [];
        }

        return history.Find(campaign, id) is null ? [] : [id];
    }
}
