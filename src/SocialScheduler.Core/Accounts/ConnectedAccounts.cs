using System.Collections.Concurrent;

namespace SocialScheduler.Core.Accounts;

/// <summary>
/// The connected accounts as last read or written by the <see cref="IConnectedAccountStore"/>: what
/// <see cref="AccountDirectory"/>, validation and publishing see without asking the database.
/// </summary>
/// <remarks>Thread-safe. <see cref="Changed"/> is raised after each change with the account's name.</remarks>
public sealed class ConnectedAccounts
{
    private readonly ConcurrentDictionary<string, ConnectedAccount> _accounts = new(StringComparer.Ordinal);

    /// <summary>Raised after an account was added, changed or replaced, with its name.</summary>
    public event Action<string>? Changed;

    public IReadOnlyList<ConnectedAccount> All => _accounts.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    public bool TryGet(string name, out ConnectedAccount account) => _accounts.TryGetValue(name, out account!);

    public void Set(ConnectedAccount account)
    {
        _accounts[account.Name] = account;
        Changed?.Invoke(account.Name);
    }

    public void ReplaceAll(IEnumerable<ConnectedAccount> accounts)
    {
        var fresh = accounts.ToDictionary(a => a.Name, StringComparer.Ordinal);
        foreach (var gone in _accounts.Keys.Where(k => !fresh.ContainsKey(k)).ToList())
        {
            _accounts.TryRemove(gone, out _);
            Changed?.Invoke(gone);
        }

        foreach (var account in fresh.Values)
        {
            Set(account);
        }
    }
}
