using System.Text.RegularExpressions;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Partners;

public static partial class PartnerCatalogLoader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>The field checks of one partner file, each adding a located problem and going on.</summary>
    private sealed class Checker(string path, JsonLines lines, List<PartnerDiagnostic> problems)
    {
        public void Id(string id)
        {
            if (!IdPattern().IsMatch(id))
            {
                Add("file", $"the folder name '{id}' is the partner's id and must be lower-case letters, digits and single hyphens; rename the folder");
            }
        }

        public string Required(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, $"{field} is missing or empty; write the partner's {field}");
                return "";
            }

            return value.Trim();
        }

        public string Website(string? value)
        {
            var website = Required("website", value);
            if (website.Length > 0 && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                Add("website", $"'{website}' is not an https:// address; write the partner's site as https://…");
            }

            return website;
        }

        public Dictionary<string, RgbColor> Colors(Dictionary<string, string?>? values, IPartnerArtCheck art)
        {
            var colors = new Dictionary<string, RgbColor>(StringComparer.Ordinal);
            foreach (var (name, value) in values ?? [])
            {
                if (RgbColor.TryParse(value, out var color))
                {
                    colors[name] = color;
                }
                else
                {
                    Add($"colors.{name}", $"'{value}' is not a colour; write it as #RRGGBB (six hexadecimal digits)");
                }
            }

            foreach (var required in new[] { "plate", "plateText" })
            {
                if (values is null || !values.ContainsKey(required))
                {
                    Add($"colors.{required}", $"colors.{required} is missing; the panel with the partner's logo and name needs it (#RRGGBB)");
                }
            }

            if (colors.TryGetValue("plate", out var plate) && colors.TryGetValue("plateText", out var text) && ContrastRule.Check(text, plate) is { } low)
            {
                Add("colors.plateText", low);
            }

            if (problems.Count == 0)
            {
                foreach (var (name, problem) in art.CheckColors(colors))
                {
                    Add($"colors.{name}", problem);
                }
            }

            return colors;
        }

        public List<string> Locales(List<string?>? values, IReadOnlyList<string> campaignLocales)
        {
            if (values is null || values.Count == 0)
            {
                Add("locales", $"locales is missing or empty; list the campaign languages the partner works in ({string.Join(", ", campaignLocales)})");
                return [];
            }

            foreach (var (locale, i) in values.Select((l, i) => (l, i)))
            {
                if (locale is null || !campaignLocales.Contains(locale, StringComparer.Ordinal))
                {
                    Add($"locales[{i}]", $"'{locale}' is not a campaign locale; use one of {string.Join(", ", campaignLocales)}");
                }
            }

            return [.. values.OfType<string>().Distinct(StringComparer.Ordinal)];
        }

        public string Logo(string directory, string? value, IPartnerArtCheck art, out byte[] bytes)
        {
            bytes = [];
            var file = Required("logo", value);
            if (file.Length == 0)
            {
                return "";
            }

            var logo = Path.GetFullPath(Path.Combine(directory, file));
            if (!string.Equals(Path.GetDirectoryName(logo), Path.GetFullPath(directory), StringComparison.Ordinal) || !File.Exists(logo))
            {
                Add("logo", $"'{file}' is not a file in {Path.GetFullPath(directory)}; put the logo beside partner.json and name it here");
                return logo;
            }

            var length = new FileInfo(logo).Length;
            if (length > MaxLogoBytes)
            {
                Add("logo", $"'{file}' is {length:N0} bytes, over the {MaxLogoBytes:N0} (2 MB) allowed; export it smaller (a few hundred pixels is enough)");
                return logo;
            }

            bytes = File.ReadAllBytes(logo);
            switch (art.MeasureImage(bytes))
            {
                case null:
                    Add("logo", $"'{file}' is not a readable PNG or JPEG image; export the logo again as PNG");
                    break;
                case var (width, height) when width > MaxLogoPixels || height > MaxLogoPixels:
                    Add("logo", $"'{file}' is {width}×{height} pixels, over the {MaxLogoPixels} allowed on either side; export it smaller");
                    break;
            }

            return logo;
        }

        private void Add(string field, string message) => problems.Add(new PartnerDiagnostic(path, lines.LineOf(field), field, message));
    }
}
