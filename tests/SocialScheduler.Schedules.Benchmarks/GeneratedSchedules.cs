using System.Globalization;
using System.Text;

namespace SocialScheduler.Schedules.Benchmarks;

/// <summary>Writes a large, valid campaign schedule: posts spread over files, each in six locales to three platforms.</summary>
public static class GeneratedSchedules
{
    private static readonly string[] Cards = ["reports-2021", "growth-2020", "children-online", "hosted-europe", "every-two-minutes", "public-support"];

    public static IReadOnlyList<string> Write(string folder, int posts, int files)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        var perFile = posts / files;
        for (var f = 0; f < files; f++)
        {
            var yaml = new StringBuilder("campaign: child-safety-online-now\nhashtag: \"#ChildSafetyOnlineNow\"\ntimeZone: Europe/Brussels\nposts:\n");
            for (var p = 0; p < perFile; p++)
            {
                var n = f * perFile + p;
                var at = new DateTime(2027, 1, 1, 9, 0, 0).AddMinutes(n * 7);
                yaml.Append(CultureInfo.InvariantCulture, $"  - id: post-{n}\n    at: \"{at:yyyy-MM-dd'T'HH:mm}\"\n")
                    .Append("    accounts: [x-main, mastodon-eu, bsky]\n    locales: [en, fr, it, es, de, nl]\n")
                    .Append(CultureInfo.InvariantCulture, $"    card: {Cards[n % Cards.Length]}\n    text:\n");
                foreach (var locale in new[] { "en", "fr", "it", "es", "de", "nl" })
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"      {locale}: \"Post {n} in {locale}: 85 million reports of child sexual abuse material in 2021, see https://example.org/report-{n}. Support the EU proposal 👨‍👩‍👧‍👦\"\n");
                }
            }

            var path = Path.Combine(folder, $"generated-{f:00}.yaml");
            File.WriteAllText(path, yaml.ToString());
            paths.Add(path);
        }

        return paths;
    }
}
