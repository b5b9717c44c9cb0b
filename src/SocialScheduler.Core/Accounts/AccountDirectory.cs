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
}
