namespace SocialScheduler.Core.Partners;

/// <summary>The partners that loaded without a problem, by id, in id order; and the problems of those that did not.</summary>
public sealed class PartnerCatalog
{
    private readonly SortedDictionary<string, Partner> _partners;

    public PartnerCatalog(IEnumerable<Partner> partners, IReadOnlyList<PartnerDiagnostic> problems)
    {
        _partners = new SortedDictionary<string, Partner>(partners.ToDictionary(p => p.Id, StringComparer.Ordinal), StringComparer.Ordinal);
        Problems = problems;
        _broken = [.. problems.Select(p => Path.GetFileName(Path.GetDirectoryName(p.File)) ?? "").Where(id => id.Length > 0)];
    }

    private readonly HashSet<string> _broken;

    public static PartnerCatalog Empty { get; } = new([], []);

    public IReadOnlyCollection<Partner> Partners => _partners.Values;

    public IReadOnlyList<string> Ids => [.. _partners.Keys];

    /// <summary>What stopped a partner from loading, each located in its file; the other partners are unaffected.</summary>
    public IReadOnlyList<PartnerDiagnostic> Problems { get; }

    /// <summary>Whether <paramref name="id"/> names a partner folder, loaded or not: an account of a partner whose logo
    /// is broken still belongs to it (its cards are refused by name until the logo is fixed).</summary>
    public bool IsKnown(string id) => _partners.ContainsKey(id) || _broken.Contains(id);

    public bool TryGet(string id, out Partner partner) => _partners.TryGetValue(id, out partner!);

    public Partner Get(string id) =>
        _partners.TryGetValue(id, out var partner)
            ? partner
            : throw new KeyNotFoundException($"Unknown partner '{id}'. Known: {string.Join(", ", _partners.Keys)}.");
}
