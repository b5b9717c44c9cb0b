namespace SocialScheduler.Core.Campaigns;

/// <summary>The campaign's statistics, brand and locales, read from <c>assets/campaign</c>.</summary>
public sealed class CampaignCatalog
{
    private readonly Dictionary<string, Statistic> _statistics;

    public CampaignCatalog(
        string campaign,
        string hashtag,
        string brand,
        IReadOnlyList<string> locales,
        IReadOnlyDictionary<string, string> sourceLabels,
        IEnumerable<Statistic> statistics,
        IReadOnlyDictionary<string, string>? brandLabels = null)
    {
        Campaign = campaign;
        Hashtag = hashtag;
        Brand = brand;
        Locales = locales;
        SourceLabels = sourceLabels;
        BrandLabels = brandLabels ?? new Dictionary<string, string>(StringComparer.Ordinal);
        _statistics = statistics.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public string Campaign { get; }

    public string Hashtag { get; }

    public string Brand { get; }

    public IReadOnlyList<string> Locales { get; }

    /// <summary>The word printed before a source on a card ("Source", "Quelle", …) per locale.</summary>
    public IReadOnlyDictionary<string, string> SourceLabels { get; }

    /// <summary>The campaign's name as printed on cards per locale; <see cref="Brand"/> where a locale has none.</summary>
    public IReadOnlyDictionary<string, string> BrandLabels { get; }

    public string BrandFor(string locale) => BrandLabels.TryGetValue(locale, out var brand) ? brand : Brand;

    public IReadOnlyCollection<Statistic> Statistics => _statistics.Values;

    public bool TryGet(string id, out Statistic statistic) => _statistics.TryGetValue(id, out statistic!);

    public Statistic Get(string id) =>
        _statistics.TryGetValue(id, out var statistic)
            ? statistic
            : throw new KeyNotFoundException($"Unknown statistic '{id}'. Known: {string.Join(", ", _statistics.Keys)}.");
}
