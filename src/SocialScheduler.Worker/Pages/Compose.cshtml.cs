using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Partners;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Pages;

[Authorize(Policy = WebPolicies.Compose)]
public sealed class ComposeModel(
    PostComposer composer,
    IWebPostStore webPosts,
    TextMeasurements measurements,
    AccountDirectory accounts,
    IOptions<WebOptions> web,
    CampaignCatalog catalog,
    PartnerCatalog partners,
    PartnerScope scope) : PageModel
{
    public static readonly string[] CommonZones =
        ["Europe/Brussels", "Europe/Paris", "Europe/Rome", "Europe/Madrid", "Europe/Berlin", "Europe/Amsterdam", "Europe/London", "Europe/Dublin", "UTC"];

    [BindProperty]
    public ComposeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Editing { get; set; }

    public CampaignCatalog Catalog => catalog;

    public IEnumerable<Statistic> Statistics => catalog.Statistics.OrderBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>The accounts the person may publish on: a partner's people see their partner's only.</summary>
    public IEnumerable<string> AccountNames => accounts.Names.Where(a => scope.Allows(User, a)).Order(StringComparer.Ordinal);

    /// <summary>Whether the person works for one partner (and so may name only it and its accounts).</summary>
    public bool Scoped => PartnerScope.PartnerOf(User) is not null;

    /// <summary>Each partner with its accounts and the locales they speak, for the partner choice.</summary>
    public IEnumerable<(string Id, string Name, IReadOnlyList<string> Accounts)> PartnerChoices =>
        PartnerScope.PartnerOf(User) is { } own
            ? partners.Partners.Where(p => p.Id == own).Select(p => (p.Id, p.ShortName, accounts.AccountsOf(p.Id)))
            : partners.Partners.Select(p => (p.Id, p.ShortName, accounts.AccountsOf(p.Id)));

    /// <summary>How an account is labelled: its name, its partner and the locales it speaks when it does not speak all.</summary>
    public string AccountLabel(string name)
    {
        var notes = new List<string>();
        if (accounts.PartnerOf(name) is { } partner)
        {
            notes.Add(partner);
        }

        if (accounts.Get(name).Locales is { Count: > 0 } spoken)
        {
            notes.Add(string.Join(", ", spoken));
        }

        return notes.Count == 0 ? name : $"{name} ({string.Join("; ", notes)})";
    }

    public IReadOnlyList<FieldDiagnostic> Errors { get; private set; } = [];

    public IReadOnlyList<FieldDiagnostic> Warnings { get; private set; } = [];

    public Dictionary<string, IReadOnlyList<TextCount>> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The alt text generated for each card in each locale: what an empty alt-text field publishes.</summary>
    /// <remarks>Built once per request: the page reads it per locale and per stored alt text.</remarks>
    public Dictionary<string, Dictionary<string, string>> GeneratedAlt => _generatedAlt ??= Statistics.ToDictionary(
        s => s.Id,
        s => catalog.Locales.Where(s.Text.ContainsKey).ToDictionary(
            l => l, l => Core.Cards.AltText.For(s, l, catalog.SourceLabels.GetValueOrDefault(l, "Source")), StringComparer.Ordinal),
        StringComparer.Ordinal);

    private Dictionary<string, Dictionary<string, string>>? _generatedAlt;

    /// <summary>The error on the alt-text field of <paramref name="locale"/>, shown under the field.</summary>
    public IEnumerable<FieldDiagnostic> AltErrors(string locale) => Errors.Where(d => d.Field == $"alt.{locale}");

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        Form.TimeZone = web.Value.TimeZone;
        if (id is null)
        {
            return Page();
        }

        var post = (await webPosts.ListAsync(cancellationToken)).FirstOrDefault(p => p.Campaign == catalog.Campaign && p.Id == id);
        if (post is null)
        {
            return NotFound();
        }

        if (!post.Accounts.All(a => scope.Allows(User, a)))
        {
            return Forbid();
        }

        Form = ComposeForm.From(post, (card, locale) => GeneratedAlt.GetValueOrDefault(card)?.GetValueOrDefault(locale));
        Editing = true;
        Measure();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // An empty field means "use the generated text", which the rules express by leaving the locale out. Without a
        // card the fields are hidden: what they still hold describes no image and is dropped, not refused or kept.
        // The boxes of a locale that is not ticked are hidden too, so what they hold is dropped as well.
        Form.Alt = string.IsNullOrWhiteSpace(Form.Card) ? null
            : Form.Alt?.Where(a => !string.IsNullOrWhiteSpace(a.Value) && Form.Locales.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        Form.Text = Form.Text.Where(t => Form.Locales.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var result = await composer.SaveAsync(Form, User.Identity?.Name ?? "unknown", Editing, cancellationToken, PartnerScope.PartnerOf(User));
        if (result.Forbidden is not null)
        {
            return Forbid();
        }

        if (result.Post is not null)
        {
            TempData["Message"] = $"Saved: {result.Post.Publications().Count()} publications of {result.Post.Id} are scheduled.";
            return Redirect($"/posts/{result.Post.Campaign}/{result.Post.Id}");
        }

        Errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Warnings = result.Diagnostics.Where(d => !d.IsError).ToList();
        Measure();
        return Page();
    }

    private void Measure()
    {
        foreach (var locale in catalog.Locales)
        {
            Counts[locale] = measurements.Measure(Form.Text.GetValueOrDefault(locale), Form.Accounts);
        }
    }
}
