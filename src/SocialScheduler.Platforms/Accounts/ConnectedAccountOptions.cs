using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Platforms.Accounts;

/// <summary>
/// Fills a platform's account settings for an account connected in the web app, as configuration fills them for a
/// configured one: the credentials the connect flow obtained are bound by the settings' own names (e.g.
/// <c>AccessToken</c>). A change of the account drops its cached settings, so the next publication reads the new ones.
/// </summary>
internal sealed class ConnectedAccountOptions<TOptions> : IConfigureNamedOptions<TOptions>
    where TOptions : PlatformAccountOptions
{
    private readonly ConnectedAccounts _connected;
    private readonly AccountCredentials _credentials;

    public ConnectedAccountOptions(ConnectedAccounts connected, AccountCredentials credentials, IOptionsMonitorCache<TOptions> cache)
    {
        _connected = connected;
        _credentials = credentials;
        connected.Changed += name => cache.TryRemove(name);
    }

    public void Configure(TOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, TOptions options)
    {
        if (name is null || !_connected.TryGet(name, out var account))
        {
            return;
        }

        options.Platform = account.Platform;
        options.BaseUrl = account.BaseUrl;
        if (account.ProtectedCredentials is { } secret && _credentials.Unprotect(secret) is { } values)
        {
            new ConfigurationBuilder().AddInMemoryCollection(values!).Build().Bind(options);
        }
    }
}
