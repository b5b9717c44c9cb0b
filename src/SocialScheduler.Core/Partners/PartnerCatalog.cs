namespace SocialScheduler.Core.Partners;

/// <summary>The partners that loaded without a problem, by id, in id order; and the problems of those that did not.</summary>
public sealed class PartnerCatalog
{
    private readonly SortedDictionary<string, Partner> _partners;

    public PartnerCatalog(IEnumerable<Partner> partners, IReadOnlyList<PartnerDiagnostic> problems)
    {
        _partners = new SortedDictionary<string, Partner>(partners.ToDictionary(p => p.Id, StringComparer.Ordinal), StringComparer.Ordinal);
        Problems = problems;
    }

    public static PartnerCatalog Empty { get; } = new([], []);

    public IReadOnlyCollection<Partner> Partners => _partners.Values;

    public IReadOnlyList<string> Ids => [.. _partners.Keys];

    /// <summary>What stopped a partner from loading, each located in its file; the other partners are unaffected.</summary>
    public IReadOnlyList<PartnerDiagnostic> Problems { get; }

    public bool TryGet(string id, out Partner partner) => _partners.TryGetValue(id, out partner!);

    public Partner Get(string id) =>
        _partners.TryGetValue(id, out var partner)
            ? partner
            : throw new KeyNotFoundException($"Unknown partner '{id}'. Known: {string.Join(", ", _partners.Keys)}.");
}
