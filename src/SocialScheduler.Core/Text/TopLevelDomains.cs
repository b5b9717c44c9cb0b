using System.Collections.Frozen;

namespace SocialScheduler.Core.Text;

/// <summary>The top-level domains twitter-text recognises (<c>Data/tld_lib.yml</c>), read once.</summary>
internal static class TopLevelDomains
{
    private static readonly Lazy<(FrozenSet<string> All, FrozenSet<string> Country)> Lists = new(Load);

    public static bool IsKnown(string label) => Lists.Value.All.Contains(label);

    public static bool IsCountry(string label) => Lists.Value.Country.Contains(label);

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = typeof(TopLevelDomains).Assembly.GetManifestResourceStream("SocialScheduler.Core.Text.tld_lib.yml")
            ?? throw new InvalidOperationException("The embedded top-level domain list is missing from the build.");
        using var reader = new StreamReader(stream);
        var all = new List<string>();
        var country = new List<string>();
        var inCountry = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("country:", StringComparison.Ordinal) || line.StartsWith("generic:", StringComparison.Ordinal))
            {
                inCountry = line.StartsWith('c');
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var tld = line[2..].Trim().Trim('"');
                all.Add(tld);
                if (inCountry)
                {
                    country.Add(tld);
                }
            }
        }

        return (all.ToFrozenSet(StringComparer.OrdinalIgnoreCase), country.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
