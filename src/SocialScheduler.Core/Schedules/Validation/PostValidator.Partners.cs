namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    /// <summary>The partner ids the post names (<c>all</c> written out, in id order); an unknown id is a located error.</summary>
    private List<string> CheckPartners(PostDraft draft, Run run)
    {
        if (draft.Partners is not { Count: > 0 } named)
        {
            return [];
        }

        var catalog = partners ?? Partners.PartnerCatalog.Empty;
        // 'all' with other ids (the web form's "all partners" box ticked with some) still means every partner.
        if (named.Contains(PartnerTargets.All, StringComparer.Ordinal))
        {
            return [.. catalog.Ids];
        }

        var known = new List<string>();
        for (var i = 0; i < named.Count; i++)
        {
            if (catalog.IsKnown(named[i]))
            {
                known.Add(named[i]);
            }
            else
            {
                run.Error($"partners[{i}]", DiagnosticCodes.UnknownPartner, catalog.Ids.Count == 0
                    ? $"{run.Path($"partners[{i}]")} '{named[i]}' is not a partner; no partners are loaded: add assets/partners/{named[i]}/partner.json or name accounts instead"
                    : $"{run.Path($"partners[{i}]")} '{named[i]}' is not a partner; use one of: {string.Join(", ", catalog.Ids)}, or '{PartnerTargets.All}'");
            }
        }

        return known.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The account/locale pairs left out because the account does not speak the locale; a locale no account of the
    /// post speaks is a located warning (it would publish nowhere).
    /// </summary>
    private List<string> CheckSpoken(List<string> postAccounts, List<string> locales, Run run)
    {
        var unspoken = new List<string>();
        foreach (var account in postAccounts)
        {
            unspoken.AddRange(from locale in locales where !accounts.Speaks(account, locale) select ScheduledPost.UnspokenPair(account, locale));
        }

        if (postAccounts.Count == 0)
        {
            return unspoken;
        }

        for (var i = 0; i < locales.Count; i++)
        {
            if (!postAccounts.Any(a => accounts.Speaks(a, locales[i])))
            {
                run.Warning($"locales[{i}]", DiagnosticCodes.LocaleNobodySpeaks,
                    $"{run.Path($"locales[{i}]")} '{locales[i]}' is spoken by none of the post's accounts ({string.Join(", ", postAccounts)}), so it is published nowhere; add an account speaking it (Accounts:<name>:Locales) or remove the locale");
            }
        }

        return unspoken;
    }
}
