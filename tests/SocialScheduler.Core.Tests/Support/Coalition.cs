using System.Text;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Partners;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Tests.Support;

/// <summary>
/// Three partners as a coalition configures them: Missing Children Europe with a French and a Dutch account, ECPAT
/// with one account in every locale, IWF with an English one; plus the campaign's own outbox speaking every locale.
/// </summary>
public static class Coalition
{
    public static AccountDirectory Accounts { get; } = new(new Dictionary<string, AccountOptions>
    {
        ["outbox"] = new() { Platform = "Outbox" },
        ["mce-fr"] = new() { Platform = "Outbox", Partner = "missing-children-europe", Locales = ["fr"] },
        ["mce-nl"] = new() { Platform = "Outbox", Partner = "missing-children-europe", Locales = ["nl"] },
        ["ecpat-all"] = new() { Platform = "Outbox", Partner = "ecpat" },
        ["iwf-en"] = new() { Platform = "Outbox", Partner = "iwf", Locales = ["en"] },
        ["ncmec-en"] = new() { Platform = "Outbox", Partner = "ncmec", Locales = ["en"] },
    });

    /// <summary>Four partners; only their ids matter to targeting.</summary>
    public static PartnerCatalog Partners { get; } = new(
        new[] { "ecpat", "iwf", "missing-children-europe", "ncmec", "thorn" }.Select(id => new Partner(id, id, id, "https://example.org", "logo.png", new Dictionary<string, Cards.RgbColor>(), ["en"], id)),
        []);

    public static PostValidator PostValidator() =>
        new(Some.Catalog, Accounts, Some.Clock(), new AccountPlatforms(Accounts, Some.Platforms), [], partners: Partners);

    public static FileValidation File(string yaml) =>
        new ScheduleFileValidator(PostValidator(), new Core.Schedules.ScheduleOptions()).Validate("dec.yaml", Encoding.UTF8.GetBytes(yaml));

    /// <summary>A post in every campaign locale with the given targets (<c>accounts: …</c> and/or <c>partners: …</c> lines).</summary>
    public static string Post(string targets, string locales = "[en, fr, it, es, de, nl]") => Yaml.Header + $"""
          - id: launch
            at: "2026-12-01T09:00"
        {targets}
            locales: {locales}
            text:
              en: "Online child abuse is rising."
              fr: "Les abus en ligne augmentent."
              it: "Gli abusi online aumentano."
              es: "El abuso en línea aumenta."
              de: "Missbrauch im Netz nimmt zu."
              nl: "Online misbruik neemt toe."

        """;
}
