using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Worker.Web.Accounts;

/// <summary>Every account, configured or connected, with its state, last check and last publication; and "check now".</summary>
public sealed class AccountsOverview(
    AccountDirectory directory, IConnectedAccountStore store, IPublisherResolver publishers, IPublicationLedger ledger, TimeProvider time)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken)
    {
        var published = await ledger.ListAsync(new PublicationFilter { States = [PublicationState.Published], Limit = int.MaxValue }, cancellationToken);
        var last = published.GroupBy(p => p.Key.Account).ToDictionary(g => g.Key, g => g.Max(p => p.UpdatedAt), StringComparer.Ordinal);
        var now = time.GetUtcNow();
        return directory.Names.Order(StringComparer.Ordinal).Select(name =>
        {
            var options = directory.Get(name);
            var lastPublication = last.TryGetValue(name, out var at) ? at : (DateTimeOffset?)null;
            return directory.TryGetConnected(name, out var connected)
                ? new AccountView(name, connected.Platform, connected.Partner, connected.Locales, "connected", AccountStates.Of(connected, now),
                    connected.BaseUrl, connected.CheckedAt, lastPublication, connected.ConnectedBy)
                : new AccountView(name, options.Platform, null, [], "configuration", "Connected", options.BaseUrl, null, lastPublication, null);
        }).ToList();
    }

    /// <summary>Asks the platform whether the account works; a connected account keeps the answer as its state.</summary>
    public async Task<AccountOutcome> CheckAsync(string name, CancellationToken cancellationToken)
    {
        if (!directory.TryGet(name, out _))
        {
            return AccountOutcome.Refused($"There is no account {name}.", StatusCodes.Status404NotFound);
        }

        var status = publishers.ForAccount(name) is IAccountVerifier verifier
            ? await verifier.VerifyAsync(name, cancellationToken)
            : new AccountStatus(true, "nothing to verify");
        if (directory.TryGetConnected(name, out var connected) && connected.HasCredentials)
        {
            await store.RecordCheckAsync(name, time.GetUtcNow(), status.Ok ? null : status.Detail, cancellationToken);
        }

        return status.Ok ? AccountOutcome.Done($"{name}: {status.Detail}") : AccountOutcome.Refused($"{name}: {status.Detail}", StatusCodes.Status422UnprocessableEntity);
    }
}
