using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Schedules.Validation;

public sealed partial class PostValidator
{
    private List<string> CheckAccounts(PostDraft draft, List<string> postPartners, Run run)
    {
        var known = new List<string>();
        if (draft.Accounts is not { Count: > 0 })
        {
            if (draft.Partners is not { Count: > 0 })
            {
                run.Missing("accounts", $"list the accounts to publish to, e.g. [{accounts.Names.FirstOrDefault() ?? "outbox"}], or the partners whose accounts publish it (partners: [id, …] or partners: all)");
            }

            return PartnerAccounts(postPartners, known);
        }

        for (var i = 0; i < draft.Accounts.Count; i++)
        {
            var name = draft.Accounts[i];
            if (accounts.TryGet(name, out _))
            {
                known.Add(name);
            }
            else
            {
                run.Error($"accounts[{i}]", DiagnosticCodes.UnknownAccount,
                    $"{run.Path($"accounts[{i}]")} '{name}' is not a configured account; configure Accounts:{name}:Platform or use one of: {string.Join(", ", accounts.Names.Order(StringComparer.Ordinal))}");
            }
        }

        return PartnerAccounts(postPartners, known);
    }

    private List<string> PartnerAccounts(List<string> postPartners, List<string> named) =>
        named.Concat(postPartners.SelectMany(accounts.AccountsOf)).Distinct(StringComparer.Ordinal).ToList();

    private List<string> CheckLocales(PostDraft draft, Run run)
    {
        if (draft.Locales is not { Count: > 0 })
        {
            run.Missing("locales", $"list the languages to publish, e.g. [{string.Join(", ", catalog.Locales)}]");
            return [];
        }

        var known = new List<string>();
        for (var i = 0; i < draft.Locales.Count; i++)
        {
            var locale = draft.Locales[i];
            if (catalog.Locales.Contains(locale, StringComparer.Ordinal))
            {
                known.Add(locale);
            }
            else
            {
                run.Error($"locales[{i}]", DiagnosticCodes.UnknownLocale,
                    $"{run.Path($"locales[{i}]")} '{locale}' is not a campaign locale; use one of: {string.Join(", ", catalog.Locales)}");
            }
        }

        return known.Distinct(StringComparer.Ordinal).ToList();
    }

    private Statistic? CheckCard(PostDraft draft, List<string> locales, Run run)
    {
        if (draft.Card is null)
        {
            return null;
        }

        if (!catalog.TryGet(draft.Card, out var statistic))
        {
            run.Error("card", DiagnosticCodes.UnknownCard,
                $"{run.Path("card")} '{draft.Card}' is not a statistic of the campaign; use one of: {string.Join(", ", catalog.Statistics.Select(s => s.Id))}");
            return null;
        }

        foreach (var locale in locales)
        {
            if (!statistic.Text.TryGetValue(locale, out var text) || string.IsNullOrWhiteSpace(text.Source))
            {
                run.Error("card", DiagnosticCodes.CardWithoutSource,
                    $"{run.Path("card")} '{draft.Card}' has no source for '{locale}'; every card shows its source: add it to assets/campaign/statistics.json");
            }
        }

        return statistic;
    }

    private static void CheckSize(PostDraft draft, Run run)
    {
        if (draft.Size is not null && !CardSize.TryParse(draft.Size, out _))
        {
            run.Error("size", DiagnosticCodes.UnknownSize,
                $"{run.Path("size")} '{draft.Size}' is not a card size; use one of: {string.Join(", ", CardSize.All.Select(s => s.Name))}");
        }
    }

    private void CheckPreflight(PostDraft draft, Statistic? statistic, List<string> locales, Run run)
    {
        if (statistic is null || _preflight.IsEmpty || run.HasErrors)
        {
            return;
        }

        var size = draft.Size ?? CardSize.Landscape.Name;
        foreach (var locale in locales)
        {
            foreach (var problem in _preflight.Check(new CardRequest(statistic.Id, locale, size)))
            {
                run.Error("card", DiagnosticCodes.CardDoesNotFit,
                    $"{run.Path("card")} '{statistic.Id}' cannot be drawn in '{locale}' at size {size}: {problem}");
            }
        }
    }
}
