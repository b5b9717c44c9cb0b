using Microsoft.Extensions.Configuration;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Platforms;

/// <summary>
/// Each configured account's platform description, and its text rules read with that account's settings
/// (<c>Accounts:&lt;name&gt;</c>: some servers set their own limits). The web form calls it for live counts;
/// validation for every account × locale.
/// </summary>
/// <remarks>Thread-safe; the rules of configured accounts are read once, when it is built.</remarks>
public sealed class AccountPlatforms
{
    private readonly AccountDirectory _accounts;
    private readonly PlatformCatalog _catalog;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextRules> _text = new(StringComparer.Ordinal);

    /// <param name="settings">The <c>Accounts</c> section; null reads every account with its platform's defaults.</param>
    /// <exception cref="KeyNotFoundException">An account's platform has no description in <paramref name="catalog"/>.</exception>
    public AccountPlatforms(AccountDirectory accounts, PlatformCatalog catalog, IConfiguration? settings = null)
    {
        _accounts = accounts;
        _catalog = catalog;
        IConfiguration none = new ConfigurationBuilder().Build();
        foreach (var name in accounts.Names)
        {
            _text[name] = catalog.Get(accounts.Get(name).Platform).Text(settings?.GetSection(name) is { } own ? own : none);
        }
    }

    /// <summary>The account's platform; null for an account that is not configured.</summary>
    public PlatformDescription? DescriptionOf(string account) =>
        _accounts.TryGet(account, out var options) ? _catalog.Get(options.Platform) : null;

    /// <summary>The account's platform name as descriptions spell it; null for an account that is not configured.</summary>
    public string? PlatformOf(string account) => DescriptionOf(account)?.Name;

    /// <summary>Every count of <paramref name="text"/> that must fit; empty for an unknown account or a platform without a text limit.</summary>
    public IReadOnlyList<TextMeasure> MeasurePost(string account, string text) =>
        RulesOf(account) is { } rules ? rules.Post.Select(l => l.Measure(text)).ToList() : [];

    /// <summary>The alt-text count that must fit; null for an unknown account or a platform without an alt-text limit.</summary>
    public TextMeasure? MeasureAltText(string account, string altText) =>
        RulesOf(account) is { } rules ? rules.AltText?.Measure(altText) : null;

    // An account connected after this was built is read with its platform's defaults: it has no settings of its own.
    private TextRules? RulesOf(string account) =>
        _text.TryGetValue(account, out var rules) ? rules
        : _accounts.TryGet(account, out var options) ? _text.GetOrAdd(account, _ => _catalog.Get(options.Platform).Text(new ConfigurationBuilder().Build()))
        : null;
}
