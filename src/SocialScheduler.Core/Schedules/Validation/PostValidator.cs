using System.Text.RegularExpressions;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>
/// Every rule for one post, the same whether it comes from a file or the web form: identity, accounts, locales,
/// card, texts in each platform's own unit, alt texts, time and recurrence.
/// </summary>
/// <remarks>Thread-safe; registered as a singleton by <c>AddSchedules</c>.</remarks>
public sealed partial class PostValidator(
    CampaignCatalog catalog,
    AccountDirectory accounts,
    TimeProvider time,
    AccountPlatforms limits,
    IEnumerable<ICardPreflight> preflights,
    MissedWindow? missedWindowSetting = null,
    IPostHistory? history = null,
    PartnerCatalog? partners = null)
{
    private readonly MissedWindow missedWindow = missedWindowSetting ?? new MissedWindow(MissedWindow.Default);

    private readonly PreflightMemo _preflight = new(preflights.ToArray(), time);

    public CampaignCatalog Catalog => catalog;

    /// <summary>The scope of a post entered in the web form: the catalog's campaign and hashtag.</summary>
    public PostScope FormScope(string? defaultTimeZone = null) => new(catalog.Campaign, catalog.Hashtag, defaultTimeZone) { PastTimes = PastTimeRule.WebForm };

    public PostValidation Validate(PostDraft draft, PostScope scope)
    {
        var run = new Run(scope);
        CheckId(draft, run);
        var zone = CheckZone(draft, run);
        var due = CheckTime(draft, zone, run);
        var postPartners = CheckPartners(draft, run);
        var postAccounts = CheckAccounts(draft, postPartners, run);
        var locales = CheckLocales(draft, run);
        var unspoken = CheckSpoken(postAccounts, locales, run);
        var statistic = CheckCard(draft, locales, run);
        CheckSize(draft, run);
        var texts = CheckTexts(draft, locales, postAccounts, run);
        var alts = CheckAltTexts(draft, statistic, locales, postAccounts, run);
        CheckPreflight(draft, statistic, locales, run);

        if (run.HasErrors || due is null || zone is null)
        {
            return new PostValidation(null, run.Diagnostics);
        }

        var post = new ScheduledPost(
            scope.Campaign, draft.Id!, due.Value.First.ToUniversalTime(), zone.Id,
            new ValueList<string>(postAccounts), new ValueList<string>(locales), draft.Card,
            new ValueDictionary(texts), scope.Origin, draft.Size,
            string.IsNullOrWhiteSpace(draft.Repeat) ? null : draft.Repeat.Trim(), due.Value.Until?.ToUniversalTime(),
            statistic is null ? null : new ValueDictionary(alts),
            postPartners.Count > 0 ? new ValueList<string>(postPartners) : null,
            unspoken.Count > 0 ? new ValueList<string>(unspoken) : null);
        return new PostValidation(post, run.Diagnostics);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex PostIdPattern();

    private static void CheckId(PostDraft draft, Run run)
    {
        if (string.IsNullOrEmpty(draft.Id))
        {
            run.Missing("id", "give the post an id such as 'reports-2021' (lower-case letters, digits and dashes)");
        }
        else if (!PostIdPattern().IsMatch(draft.Id))
        {
            run.Error("id", DiagnosticCodes.BadPostId,
                $"{run.Path("id")} '{draft.Id}' is not a valid id; use lower-case letters, digits and single dashes, e.g. 'reports-2021'");
        }
    }
}
