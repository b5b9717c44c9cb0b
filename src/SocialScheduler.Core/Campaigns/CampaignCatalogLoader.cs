using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialScheduler.Core.Campaigns;

/// <summary>Reads <c>statistics.json</c>; a malformed file is reported with its path, never half-loaded.</summary>
public static class CampaignCatalogLoader
{
    public const string FileName = "statistics.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the catalogue of the folder that <c>Campaign:Path</c> names.</summary>
    public static CampaignCatalog LoadFromDirectory(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new StartupConfigurationException(
                $"Campaign:Path = {Path.GetFullPath(directory)} holds no {FileName}. Set Campaign:Path to the folder that holds the campaign's " +
                $"{FileName} (the repository's is assets/campaign).");
        }

        return Load(path);
    }

    public static CampaignCatalog Load(string path)
    {
        CatalogFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<CatalogFile>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:{ex.LineNumber + 1}: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new InvalidDataException($"{path}: the file is empty.");
        }

        var statistics = file.Statistics.Select(s => new Statistic(
            s.Id, s.Value, s.Unit, s.Year,
            new StatisticSource(s.Source.Publisher, s.Source.Title, s.Source.Date, s.Source.Footnote),
            s.Text.ToDictionary(kv => kv.Key, kv => new StatisticText(kv.Value.Number, kv.Value.Caption, kv.Value.Source))));
        var labels = file.Labels.ToDictionary(kv => kv.Key, kv => kv.Value.Source);
        var brands = file.Labels.Where(kv => !string.IsNullOrWhiteSpace(kv.Value.Brand)).ToDictionary(kv => kv.Key, kv => kv.Value.Brand!);
        var catalog = new CampaignCatalog(file.Campaign, file.Hashtag, file.Brand, file.Locales, labels, statistics, brands);
        CheckComplete(path, catalog);
        return catalog;
    }

    private static void CheckComplete(string path, CampaignCatalog catalog)
    {
        foreach (var statistic in catalog.Statistics)
        {
            var missing = catalog.Locales.Where(l => !statistic.Text.ContainsKey(l)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidDataException(
                    $"{path}: statistic '{statistic.Id}' has no text for {string.Join(", ", missing)}; add it or remove the locale from 'locales'.");
            }
        }
    }

    private sealed record CatalogFile(
        string Campaign, string Hashtag, string Brand, List<string> Locales,
        Dictionary<string, LabelFile> Labels, List<StatisticFile> Statistics);

    // Brand: the campaign's name in the locale, printed on its cards (and shared with the web UI).
    private sealed record LabelFile(string Source, string? Brand);

    private sealed record StatisticFile(
        string Id, decimal Value, string Unit, int Year, SourceFile Source, Dictionary<string, TextFile> Text);

    private sealed record SourceFile(string Publisher, string Title, string Date, int Footnote);

    private sealed record TextFile(string Number, string Caption, string Source);
}
