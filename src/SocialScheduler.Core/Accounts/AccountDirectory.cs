namespace SocialScheduler.Core.Accounts;

/// <summary>The configured accounts by name, as bound from the <c>Accounts</c> section.</summary>
public sealed class AccountDirectory
{
    private readonly IReadOnlyDictionary<string, AccountOptions> _accounts;

    public AccountDirectory(IReadOnlyDictionary<string, AccountOptions> accounts) =>
        _accounts = new Dictionary<string, AccountOptions>(accounts, StringComparer.Ordinal);

    public IEnumerable<string> Names => _accounts.Keys;

    public bool TryGet(string name, out AccountOptions account) => _accounts.TryGetValue(name, out account!);

    public AccountOptions Get(string name) =>
        _accounts.TryGetValue(name, out var account)
            ? account
            : throw new KeyNotFoundException($"Unknown account '{name}'. Configure Accounts:{name}:Platform.");

    /// <summary>The partner <paramref name="name"/> belongs to (<c>Accounts:&lt;name&gt;:Partner</c>); null for an
    /// account of no partner or one not configured.</summary>
    public string? PartnerOf(string name) =>
        _accounts.TryGetValue(name, out var account) && !string.IsNullOrWhiteSpace(account.Partner) ? account.Partner : null;

    /// <summary>Whether <paramref name="name"/> publishes in <paramref name="locale"/>: an account listing no
    /// <c>Locales</c> speaks every campaign locale; an account not configured speaks none.</summary>
    public bool Speaks(string name, string locale) =>
        _accounts.TryGetValue(name, out var account)
        && (account.Locales.Count == 0 || account.Locales.Contains(locale, StringComparer.Ordinal));

    /// <summary>The accounts of <paramref name="partner"/>, in name order.</summary>
    public IReadOnlyList<string> AccountsOf(string partner) =>
        [.. _accounts.Where(a => PartnerOf(a.Key) == partner).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
