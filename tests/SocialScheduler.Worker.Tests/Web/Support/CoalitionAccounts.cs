namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// Accounts of three partners in different languages, all dry-run outboxes: Missing Children Europe in French and in
/// Dutch, ECPAT in English and Spanish, IWF in English.
/// </summary>
public static class CoalitionAccounts
{
    public const string Mce = "missing-children-europe";
    public const string Ecpat = "ecpat";
    public const string Iwf = "iwf";

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Accounts:mce-fr:Platform"] = "Outbox",
            ["Accounts:mce-fr:Partner"] = Mce,
            ["Accounts:mce-fr:Locales:0"] = "fr",
            ["Accounts:mce-nl:Platform"] = "Outbox",
            ["Accounts:mce-nl:Partner"] = Mce,
            ["Accounts:mce-nl:Locales:0"] = "nl",
            ["Accounts:ecpat-intl:Platform"] = "Outbox",
            ["Accounts:ecpat-intl:Partner"] = Ecpat,
            ["Accounts:ecpat-intl:Locales:0"] = "en",
            ["Accounts:ecpat-intl:Locales:1"] = "es",
            ["Accounts:iwf-uk:Platform"] = "Outbox",
            ["Accounts:iwf-uk:Partner"] = Iwf,
            ["Accounts:iwf-uk:Locales:0"] = "en",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A post in English, French, Dutch and Spanish with the 2021 reports card.</summary>
    public static object Post(string id, string at, string[] partners, string[]? accounts = null) => new
    {
        id, at, timeZone = "Europe/Brussels", partners, accounts = accounts ?? [], card = "reports-2021",
        locales = new[] { "en", "fr", "nl", "es" },
        text = new Dictionary<string, string>
        {
            ["en"] = "In 2021, 85 million pictures and videos of child sexual abuse were reported worldwide.",
            ["fr"] = "En 2021, 85 millions de photos et vidéos d'abus sexuels sur enfants ont été signalées.",
            ["nl"] = "In 2021 werden wereldwijd 85 miljoen foto's en video's van seksueel kindermisbruik gemeld.",
            ["es"] = "En 2021 se denunciaron 85 millones de fotos y vídeos de abuso sexual infantil en el mundo.",
        },
    };
}
