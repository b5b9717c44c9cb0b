using System.Globalization;
using SocialScheduler.Core.Campaigns;

namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    private Dictionary<string, string> CheckTexts(PostDraft draft, List<string> locales, List<string> postAccounts, Run run)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = draft.Text ?? new Dictionary<string, string>();
        foreach (var locale in locales)
        {
            var field = $"text.{locale}";
            if (!written.TryGetValue(locale, out var text) || string.IsNullOrWhiteSpace(text))
            {
                run.Error(written.ContainsKey(locale) ? field : "text", DiagnosticCodes.MissingText,
                    $"{run.Path(field)} is missing, but '{locale}' is in locales; write the {locale} text or remove '{locale}' from locales");
                continue;
            }

            var final = Hashtags.AppendIfMissing(text, run.Scope.Hashtag);
            texts[locale] = final;
            CheckLength(field, final, postAccounts, run);
        }

        foreach (var extra in written.Keys.Where(k => !locales.Contains(k, StringComparer.Ordinal) && catalog.Locales.Contains(k, StringComparer.Ordinal)))
        {
            run.Warning($"text.{extra}", DiagnosticCodes.UnusedText,
                $"{run.Path($"text.{extra}")} is not published because '{extra}' is not in locales; add it to locales or remove the text");
        }

        foreach (var unknown in written.Keys.Where(k => !catalog.Locales.Contains(k, StringComparer.Ordinal)))
        {
            run.Error($"text.{unknown}", DiagnosticCodes.UnknownLocale,
                $"{run.Path($"text.{unknown}")} is for '{unknown}', which is not a campaign locale; use one of: {string.Join(", ", catalog.Locales)}");
        }

        return texts;
    }

    private void CheckLength(string field, string text, List<string> postAccounts, Run run)
    {
        if (text.Contains('\uFFFE', StringComparison.Ordinal) || text.Contains('\uFEFF', StringComparison.Ordinal) || text.Contains('\uFFFF', StringComparison.Ordinal))
        {
            run.Error(field, DiagnosticCodes.InvalidCharacter,
                $"{run.Path(field)} contains an invisible non-character (U+FEFF, U+FFFE or U+FFFF) that platforms refuse; delete it");
        }

        foreach (var account in postAccounts)
        {
            foreach (var measure in limits.MeasurePost(account, text).Where(m => !m.Fits))
            {
                run.Error(field, DiagnosticCodes.TextTooLong,
                    $"{run.Path(field)} is {N(measure.Used)} of {N(measure.Limit)} {measure.Unit} on account {account} ({limits.PlatformOf(account)}), hashtag included; shorten it by {N(measure.Used - measure.Limit)}");
            }
        }
    }

    private Dictionary<string, string> CheckAltTexts(PostDraft draft, Statistic? statistic, List<string> locales, List<string> postAccounts, Run run)
    {
        var alts = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = draft.Alt ?? new Dictionary<string, string>();
        if (statistic is null)
        {
            foreach (var locale in written.Keys)
            {
                run.Warning($"alt.{locale}", DiagnosticCodes.AltTextMissing,
                    $"{run.Path($"alt.{locale}")} describes no image because the post has no card; add 'card:' or remove the alt text");
            }

            return alts;
        }

        foreach (var locale in locales.Where(statistic.Text.ContainsKey))
        {
            var field = $"alt.{locale}";
            if (written.TryGetValue(locale, out var given) && string.IsNullOrWhiteSpace(given))
            {
                run.Error(field, DiagnosticCodes.AltTextMissing,
                    $"{run.Path(field)} is empty; describe the image, or remove the line to use the text generated from the card");
                continue;
            }

            var alt = given ?? Cards.AltText.For(statistic, locale, catalog.SourceLabels.GetValueOrDefault(locale, "Source"));
            alts[locale] = alt;
            foreach (var account in postAccounts)
            {
                if (limits.MeasureAltText(account, alt) is { Fits: false } measure)
                {
                    run.Error(field, DiagnosticCodes.AltTextTooLong,
                        $"{run.Path(field)} is {N(measure.Used)} of {N(measure.Limit)} {measure.Unit} allowed for alt text on account {account} ({limits.PlatformOf(account)}); shorten it by {N(measure.Used - measure.Limit)}");
                }
            }
        }

        return alts;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
