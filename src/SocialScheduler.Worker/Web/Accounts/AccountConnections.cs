using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Jobs.Accounts;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Web.Accounts;

/// <summary>
/// Connect, reconnect and disconnect accounts for the Accounts page and <c>/api/accounts</c>: the same rules for
/// both. Nothing is stored until the platform confirmed the credentials; a refusal changes no other account.
/// </summary>
public sealed partial class AccountConnections
{
    private readonly AccountDirectory _directory;
    private readonly IConnectedAccountStore _store;
    private readonly IReadOnlyDictionary<string, IAccountConnector> _connectors;
    private readonly PendingConnections _pending;
    private readonly AccountCredentials _credentials;
    private readonly IAccountPublications _publications;
    private readonly IScheduleSource _schedules;
    private readonly PlatformCatalog _platforms;
    private readonly WebOptions _web;
    private readonly TimeProvider _time;
    private readonly ILogger<AccountConnections> _logger;

    public AccountConnections(
        AccountDirectory directory, IConnectedAccountStore store, IEnumerable<IAccountConnector> connectors, PendingConnections pending,
        AccountCredentials credentials, IAccountPublications publications, IScheduleSource schedules, PlatformCatalog platforms,
        IOptions<WebOptions> web, TimeProvider time, ILogger<AccountConnections> logger)
    {
        (_directory, _store, _pending, _credentials, _publications, _schedules, _platforms, _web, _time, _logger) =
            (directory, store, pending, credentials, publications, schedules, platforms, web.Value, time, logger);
        _connectors = connectors.ToDictionary(c => c.Platform, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The platforms that can be connected here, by name.</summary>
    public IReadOnlyList<string> ConnectablePlatforms => _connectors.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Starts connecting (or reconnecting) an account: the URL of the platform's sign-in for OAuth platforms,
    /// or the account saved at once for app-password ones.</summary>
    public async Task<AccountOutcome> StartAsync(NewAccount account, string user, Uri requestBase, CancellationToken cancellationToken)
    {
        if (Refusal(account) is { } refusal)
        {
            return AccountOutcome.Refused(refusal);
        }

        var connector = _connectors[account.Platform];
        var target = new ConnectTarget(account.Name, account.BaseUrl);
        try
        {
            if (connector.Method == ConnectMethod.AppPassword)
            {
                var signedIn = await connector.SignInAsync(target, account.Identifier ?? "", account.AppPassword ?? "", cancellationToken);
                return await SaveAsync(account with { Platform = connector.Platform }, signedIn, user, cancellationToken);
            }

            var started = await connector.StartAsync(target, CallbackUri(requestBase, connector.Platform), cancellationToken);
            _pending.Add(new PendingConnection(user, account with { Platform = connector.Platform }, connector, started, _time.GetUtcNow() + PendingConnections.Lifetime));
            return new AccountOutcome(true, $"Sign in on {started.AuthorizeUrl.Host} to connect {account.Name}.", started.AuthorizeUrl);
        }
        catch (AccountConnectException e)
        {
            return AccountOutcome.Refused($"{account.Name} was not connected: {e.Message}", StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>The platform sent the browser back: checks <c>state</c> against the user's pending request, then
    /// exchanges the code and saves the account.</summary>
    public async Task<AccountOutcome> CompleteAsync(string platform, string? state, string? code, string? error, string? errorDescription, string user, CancellationToken cancellationToken)
    {
        var pending = _pending.Take(state, user, platform);
        if (pending is null)
        {
            return AccountOutcome.Refused("This sign-in answer does not match a connection you started (unknown, used or expired state): nothing was saved. Start again from the Accounts page.");
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            var why = error == "access_denied" ? "the authorization was denied on the platform" : $"the platform answered {error} {errorDescription}".TrimEnd();
            return AccountOutcome.Refused($"{pending.Account.Name} was not connected: {why}. Nothing was saved.");
        }

        try
        {
            var obtained = await pending.Connector.CompleteAsync(pending.Started, code, cancellationToken);
            return await SaveAsync(pending.Account, obtained, user, cancellationToken);
        }
        catch (AccountConnectException e)
        {
            return AccountOutcome.Refused($"{pending.Account.Name} was not connected: {e.Message}");
        }
    }

    /// <summary>Forgets the account's credentials; its pending publications wait in NeedsAttention for a reconnect.</summary>
    public async Task<AccountOutcome> DisconnectAsync(string name, string user, CancellationToken cancellationToken)
    {
        if (_directory.IsConfigured(name))
        {
            return AccountOutcome.Refused($"{name} comes from configuration: remove Accounts:{name} there to disconnect it.", StatusCodes.Status409Conflict);
        }

        var reason = $"{name} was disconnected by {user}.";
        if (!await _store.DisconnectAsync(name, reason, cancellationToken))
        {
            return AccountOutcome.Refused($"There is no connected account {name}.", StatusCodes.Status404NotFound);
        }

        var held = await _publications.HoldAsync(name, reason, user, cancellationToken);
        _logger.LogInformation("{User} disconnected account {Account}; {Held} publications wait for a reconnect", user, name, held);
        return AccountOutcome.Done($"{name} is disconnected; {held} pending publications wait in Needs attention until it is reconnected.");
    }

    private async Task<AccountOutcome> SaveAsync(NewAccount account, ObtainedCredentials obtained, string user, CancellationToken cancellationToken)
    {
        var connected = new ConnectedAccount(account.Name, account.Platform, obtained.BaseUrl ?? account.BaseUrl)
        {
            Partner = string.IsNullOrWhiteSpace(account.Partner) ? null : account.Partner,
            Locales = account.Locales ?? [],
            ProtectedCredentials = _credentials.Protect(obtained.Values),
            ConnectedBy = user,
            ConnectedAt = _time.GetUtcNow(),
            ExpiresAt = obtained.ExpiresAt,
            CheckedAt = _time.GetUtcNow(),
        };
        await _store.SaveAsync(connected, cancellationToken);
        _logger.LogInformation("{User} connected account {Account} on {Platform} as {Who}", user, account.Name, account.Platform, obtained.SignedInAs);

        // A schedule file naming the account is valid now; what waited for a reconnect goes out if still in time.
        (_schedules as FileScheduleSource)?.Reload();
        var released = await _publications.ReleaseAsync(account.Name, user, cancellationToken);
        var note = released.Sent + released.LeftMissed == 0 ? ""
            : $" {released.Sent} held publications are sent now" + (released.LeftMissed > 0 ? $"; {released.LeftMissed} missed their window and wait in Needs attention." : ".");
        return AccountOutcome.Done($"{account.Name} is connected as {obtained.SignedInAs}.{note}");
    }

    private string? Refusal(NewAccount account)
    {
        if (!AccountName().IsMatch(account.Name ?? ""))
        {
            return $"'{account.Name}' is not an account name: use 1 to 64 letters, digits, '-' or '_'.";
        }

        if (!_platforms.TryGet(account.Platform ?? "", out _) || !_connectors.ContainsKey(account.Platform ?? ""))
        {
            return $"'{account.Platform}' cannot be connected here: use {string.Join(", ", ConnectablePlatforms)}.";
        }

        if (_directory.IsConfigured(account.Name!))
        {
            return $"{account.Name} comes from configuration: choose another name, or change it in Accounts:{account.Name}.";
        }

        if (_directory.TryGetConnected(account.Name!, out var existing) && !string.Equals(existing.Platform, account.Platform, StringComparison.OrdinalIgnoreCase))
        {
            return $"{account.Name} is already a {existing.Platform} account: choose another name.";
        }

        return account.Locales?.FirstOrDefault(l => !LocaleTag().IsMatch(l)) is { } bad
            ? $"'{bad}' is not a language tag: write it like en, fr or nl-BE."
            : null;
    }

    /// <summary><c>/accounts/callback/{platform}</c> under <c>Web:PublicBaseUrl</c> when set, else under the request's address.</summary>
    internal Uri CallbackUri(Uri requestBase, string platform)
    {
        var root = (_web.PublicBaseUrl ?? requestBase).AbsoluteUri;
        return new Uri(new Uri(root.EndsWith('/') ? root : root + "/"), $"accounts/callback/{platform.ToLowerInvariant()}");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex AccountName();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocaleTag();
}
