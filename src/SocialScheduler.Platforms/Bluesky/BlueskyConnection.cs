using System.Text.Json;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>
/// One account's authorized calls: reuses the stored session, refreshes it when the PDS says <c>ExpiredToken</c>,
/// and signs in again with the app password only when the refresh token is no good either.
/// </summary>
internal sealed class BlueskyConnection(BlueskyApi api, BlueskySessions sessions, string account, BlueskyAccountOptions options, TimeProvider time)
{
    public BlueskySession? Session { get; private set; }

    /// <summary>The session, or the failure that prevented one.</summary>
    public async Task<PublishResult?> OpenAsync(CancellationToken cancellationToken)
    {
        Session ??= await sessions.GetAsync(account, cancellationToken);
        return Session is null ? await SignInAsync(cancellationToken) : null;
    }

    /// <summary>Runs <paramref name="call"/> with the access token, renewing the session once if the PDS refuses the token.</summary>
    public async Task<ApiReply> CallAsync(Func<string, Task<ApiReply>> call, CancellationToken cancellationToken)
    {
        var used = Session!;
        var reply = await call(used.AccessJwt);
        if (!BlueskyFailures.IsBadToken(reply))
        {
            return reply;
        }

        var renewal = await RenewAsync(used, BlueskyFailures.IsExpired(reply), cancellationToken);
        return renewal is null ? await call(Session!.AccessJwt) : reply;
    }

    private async Task<PublishResult?> RenewAsync(BlueskySession used, bool expired, CancellationToken cancellationToken)
    {
        await sessions.Gate.WaitAsync(cancellationToken);
        try
        {
            var current = await sessions.GetAsync(account, cancellationToken);
            if (current is not null && current.AccessJwt != used.AccessJwt)
            {
                Session = current; // another publish renewed it meanwhile
                return null;
            }

            if (expired)
            {
                var refreshed = await api.RefreshSessionAsync(used.RefreshJwt, cancellationToken);
                if (refreshed.IsSuccess)
                {
                    await StoreAsync(refreshed, cancellationToken);
                    return null;
                }
            }

            sessions.Forget(account);
            return await SignInLockedAsync(cancellationToken);
        }
        finally
        {
            sessions.Gate.Release();
        }
    }

    /// <summary>Signs in with the configured app password even when a stored session works, to prove the password itself.</summary>
    public Task<PublishResult?> SignInAgainAsync(CancellationToken cancellationToken) => SignInAsync(cancellationToken, reuse: false);

    private async Task<PublishResult?> SignInAsync(CancellationToken cancellationToken, bool reuse = true)
    {
        await sessions.Gate.WaitAsync(cancellationToken);
        try
        {
            Session = reuse ? await sessions.GetAsync(account, cancellationToken) : null;
            return Session is null ? await SignInLockedAsync(cancellationToken) : null;
        }
        finally
        {
            sessions.Gate.Release();
        }
    }

    private async Task<PublishResult?> SignInLockedAsync(CancellationToken cancellationToken)
    {
        var reply = await api.CreateSessionAsync(options.Identifier, options.AppPassword, cancellationToken);
        if (!reply.IsSuccess)
        {
            return BlueskyFailures.Classify(reply, time);
        }

        await StoreAsync(reply, cancellationToken);
        return null;
    }

    private async Task StoreAsync(ApiReply reply, CancellationToken cancellationToken)
    {
        var json = reply.Json();
        Session = new BlueskySession(json.GetProperty("accessJwt").GetString()!, json.GetProperty("refreshJwt").GetString()!,
            json.GetProperty("did").GetString()!, json.GetProperty("handle").GetString()!);
        await sessions.SaveAsync(account, Session, cancellationToken);
    }
}
