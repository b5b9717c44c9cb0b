using System.Security.Cryptography;
using System.Text.Json;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Partners;

/// <summary>
/// Reads every <c>&lt;folder&gt;/&lt;id&gt;/partner.json</c> and its logo. A partner with any problem is left out and
/// its problems are reported, each with the file, line and field; the other partners load as if it were absent.
/// </summary>
public static partial class PartnerCatalogLoader
{
    public const string FileName = "partner.json";

    /// <summary>The largest logo file accepted: a logo is drawn a few hundred pixels wide at most.</summary>
    public const long MaxLogoBytes = 2 * 1024 * 1024;

    /// <summary>The largest logo width or height accepted, in pixels.</summary>
    public const int MaxLogoPixels = 4000;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Loads the partners under <paramref name="folder"/> (none when it does not exist), checking locales against
    /// <paramref name="campaignLocales"/> and logos and colours with <paramref name="art"/>.
    /// </summary>
    public static PartnerCatalog Load(string folder, IReadOnlyList<string> campaignLocales, IPartnerArtCheck art)
    {
        if (!Directory.Exists(folder))
        {
            return PartnerCatalog.Empty;
        }

        var partners = new List<Partner>();
        var problems = new List<PartnerDiagnostic>();
        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var found = new List<PartnerDiagnostic>();
            var partner = LoadOne(directory, campaignLocales, art, found);
            if (partner is not null && found.Count == 0)
            {
                partners.Add(partner);
            }

            problems.AddRange(found);
        }

        return new PartnerCatalog(partners, problems);
    }

    private static Partner? LoadOne(string directory, IReadOnlyList<string> campaignLocales, IPartnerArtCheck art, List<PartnerDiagnostic> problems)
    {
        var id = Path.GetFileName(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            problems.Add(new PartnerDiagnostic(path, 0, "file", $"partner folder '{id}' has no {FileName}; add one (see assets/partners/README.md) or remove the folder"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        JsonLines lines;
        PartnerFile? file;
        try
        {
            lines = JsonLines.Of(bytes);
            file = JsonSerializer.Deserialize<PartnerFile>(bytes, Json);
        }
        catch (JsonException ex)
        {
            problems.Add(new PartnerDiagnostic(path, (int)(ex.LineNumber ?? 0) + 1, ex.Path is { Length: > 2 } p ? p[2..] : "file", $"not valid partner JSON: {ex.Message}"));
            return null;
        }

        if (file is null)
        {
            problems.Add(new PartnerDiagnostic(path, 1, "file", "the file is empty; write the partner's fields (see assets/partners/README.md)"));
            return null;
        }

        var check = new Checker(path, lines, problems);
        check.Id(id);
        var name = check.Required("name", file.Name);
        var shortName = check.Required("shortName", file.ShortName);
        var website = check.Website(file.Website);
        var colors = check.Colors(file.Colors, art);
        var locales = check.Locales(file.Locales, campaignLocales);
        var logo = check.Logo(directory, file.Logo, art, out var logoBytes);
        if (problems.Count > 0)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(logoBytes);
        return new Partner(id, name, shortName, website, logo, colors, locales, Convert.ToHexStringLower(hash.GetHashAndReset())[..32]);
    }

    private sealed record PartnerFile(
        string? Name, string? ShortName, string? Website, string? Logo, Dictionary<string, string?>? Colors, List<string?>? Locales);
}
