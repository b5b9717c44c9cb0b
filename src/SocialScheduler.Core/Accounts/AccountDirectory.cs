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
}
