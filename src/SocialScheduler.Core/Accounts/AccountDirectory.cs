namespace SocialScheduler.Core.Accounts;

/// <summary>
/// Every account by name: the configured ones (the <c>Accounts</c> section) and those connected in the web app
/// (<see cref="ConnectedAccounts"/>), which are seen as soon as they are connected. A configured name wins.
/// </summary>
public sealed class AccountDirectory
{
    private readonly IReadOnlyDictionary<string, AccountOptions> _accounts;
    private readonly ConnectedAccounts _connected;

    public AccountDirectory(IReadOnlyDictionary<string, AccountOptions> accounts, ConnectedAccounts? connected = null)
    {
        _accounts = new Dictionary<string, AccountOptions>(accounts, StringComparer.Ordinal);
        _connected = connected ?? new ConnectedAccounts();
    }

    public IEnumerable<string> Names =>
        _accounts.Keys.Concat(_connected.All.Select(a => a.Name).Where(n => !_accounts.ContainsKey(n)));

    /// <summary>Whether the account comes from configuration (and so can only be changed there).</summary>
    public bool IsConfigured(string name) => _accounts.ContainsKey(name);

    /// <summary>The connected account of that name, unless configuration has one of the same name.</summary>
    public bool TryGetConnected(string name, out ConnectedAccount account) =>
        _connected.TryGet(name, out account) && !_accounts.ContainsKey(name);

    public bool TryGet(string name, out AccountOptions account)
    {
        if (_accounts.TryGetValue(name, out account!))
        {
            return true;
        }

        if (_connected.TryGet(name, out var connected))
        {
            account = new AccountOptions { Platform = connected.Platform, BaseUrl = connected.BaseUrl };
            return true;
        }

        return false;
    }

    public AccountOptions Get(string name) =>
        TryGet(name, out var account)
            ? account
            : throw new KeyNotFoundException($"Unknown account '{name}'. Configure Accounts:{name}:Platform, or connect it on the Accounts page.");

    /// <summary>The partner <paramref name="name"/> belongs to (<c>Accounts:&lt;name&gt;:Partner</c>, or the partner
    /// it was connected for); null for an account of no partner or an unknown one.</summary>
    public string? PartnerOf(string name) =>
        _accounts.TryGetValue(name, out var account)
            ? string.IsNullOrWhiteSpace(account.Partner) ? null : account.Partner
            : TryGetConnected(name, out var connected) && !string.IsNullOrWhiteSpace(connected.Partner) ? connected.Partner : null;

    /// <summary>Whether <paramref name="name"/> publishes in <paramref name="locale"/>: an account listing no
    /// languages speaks every campaign locale; an unknown account speaks none.</summary>
    public bool Speaks(string name, string locale)
    {
        IReadOnlyList<string>? locales = _accounts.TryGetValue(name, out var account) ? account.Locales
            : TryGetConnected(name, out var connected) ? connected.Locales : null;
        return locales is not null && (locales.Count == 0 || locales.Contains(locale, StringComparer.Ordinal));
    }

    /// <summary>The accounts of <paramref name="partner"/>, in name order.</summary>
    public IReadOnlyList<string> AccountsOf(string partner) =>
        [.. Names.Where(a => PartnerOf(a) == partner).Order(StringComparer.Ordinal)];
}
