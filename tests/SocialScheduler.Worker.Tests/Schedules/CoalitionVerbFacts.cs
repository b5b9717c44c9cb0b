using Microsoft.Extensions.Configuration;
using SocialScheduler.Imaging;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

/// <summary><c>validate</c> names accounts with an unknown partner or locale; <c>plan</c> names partners silent in a post's languages.</summary>
public sealed class CoalitionVerbFacts : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ss-coalition-").FullName;

    [Fact]
    public async Task Validate_reports_an_account_naming_an_unknown_partner_or_locale_by_its_key()
    {
        using var services = Build(RepoPaths.Schedules, ("Accounts:mce-fr:Partner", "mce"), ("Accounts:mce-fr:Locales:0", "fr"), ("Accounts:mce-fr:Locales:1", "pt"));

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "validate");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("configuration: error SS039: Accounts:mce-fr:Partner = 'mce' is not a partner: use one of: 5rights, brave-movement,", output, StringComparison.Ordinal);
        Assert.Contains("configuration: error SS039: Accounts:mce-fr:Locales:1 = 'pt' is not a campaign locale: use one of: en, fr, it, es, de, nl, or remove Locales for every locale.", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file, 6 valid posts, 2 errors, 0 warnings" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_lists_each_publication_of_a_partner_post_and_notes_partners_without_an_account_in_its_languages()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "coalition.yaml"), """
            campaign: child-safety-online-now
            hashtag: "#ChildSafetyOnlineNow"
            timeZone: Europe/Brussels
            posts:
              - id: launch
                at: "2026-12-01T09:00"
                partners: [missing-children-europe, ecpat, thorn]
                locales: [en, fr]
                text:
                  en: "Online child abuse is rising."
                  fr: "Les abus en ligne augmentent."
            """, TestContext.Current.CancellationToken);
        using var services = Build(_folder, ("Accounts:mce-fr:Partner", "missing-children-europe"), ("Accounts:mce-fr:Locales:0", "fr"), ("Accounts:ecpat-intl:Partner", "ecpat"));

        var (code, output, _) = await ScheduleVerbHost.RunAsync(services, "plan", "--days", "7");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("3 publications from", output, StringComparison.Ordinal);
        var rows = output.Split(Environment.NewLine).Where(l => l.StartsWith("2026-12-01", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => $"{c[6]}/{c[8]}");
        Assert.Equal(["ecpat-intl/en", "ecpat-intl/fr", "mce-fr/fr"], rows.Order(StringComparer.Ordinal));
        Assert.Contains("note: partner missing-children-europe has no account in en for post launch", output, StringComparison.Ordinal);
        Assert.Contains("note: partner thorn has no account for post launch", output, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string schedules, params (string Key, string Value)[] accounts)
    {
        var settings = accounts.Concat(accounts.Select(a => a.Key.Split(':')[1]).Distinct().Select(name => ($"Accounts:{name}:Platform", "Outbox"))).ToArray();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Imaging:AssetsPath"] = RepoPaths.Assets,
            ["Imaging:CacheDirectory"] = "",
            ["Campaign:Path"] = RepoPaths.Campaign,
        }).Build();
        return ScheduleVerbHost.Build(schedules, services => services.AddCardRendering(configuration), settings);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
