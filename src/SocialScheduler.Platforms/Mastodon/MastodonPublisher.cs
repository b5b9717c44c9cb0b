using SocialScheduler.Platforms.Accounts;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>
/// Posts to any Mastodon instance: <c>/api/v2/media</c> with the alt text as <c>description</c> (waiting while the
/// instance processes it), then <c>/api/v1/statuses</c> with <c>language</c>, <c>visibility</c> and an
/// <c>Idempotency-Key</c>, so a repeated request of the same attempt returns the post already made.
/// </summary>
internal sealed class MastodonPublisher(IHttpClientFactory http, IOptionsMonitor<MastodonAccountOptions> accounts, TimeProvider time, ILogger<MastodonPublisher> logger)
    : IPlatformPublisher, IPublicationFinder, IAccountVerifier
{
    public string Platform => MastodonPlatform.PlatformName;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(MastodonPlatform.PlatformName, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var options = accounts.Get(request.Account);
        var api = new MastodonApi(http.CreateClient(MastodonApi.ClientName), options);
        var mediaIds = new List<string>();
        foreach (var media in request.Media)
        {
            var upload = await api.UploadMediaAsync(media.Content, media.ContentType, media.AltText, cancellationToken);
            if (!upload.IsSuccess)
            {
                return MastodonFailures.Classify(upload, time);
            }

            var id = upload.Json().GetProperty("id").GetString()!;
            if (upload.Status == HttpStatusCode.Accepted && await WaitForProcessingAsync(api, id, options, cancellationToken) is { } failure)
            {
                return failure;
            }

            mediaIds.Add(id);
        }

        var status = await api.PostStatusAsync(request.Text, request.Locale, mediaIds, request.IdempotencyKey, cancellationToken);
        if (!status.IsSuccess)
        {
            return MastodonFailures.Classify(status, time);
        }

        var json = status.Json();
        logger.LogInformation("Mastodon published {PostId}.{Locale} for {Account} as {RemoteId}", request.PostId, request.Locale, request.Account, json.GetProperty("id").GetString());
        return Published(json);
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var api = new MastodonApi(http.CreateClient(MastodonApi.ClientName), accounts.Get(request.Account));
        var me = await api.VerifyCredentialsAsync(cancellationToken);
        if (!me.IsSuccess)
        {
            return LacksReadScopes(me) ?? MastodonFailures.Classify(me, time);
        }

        var recent = await api.RecentStatusesAsync(me.Json().GetProperty("id").GetString()!, cancellationToken);
        if (!recent.IsSuccess)
        {
            return LacksReadScopes(recent) ?? MastodonFailures.Classify(recent, time);
        }

        var wanted = MastodonText.Normalize(request.Text);
        foreach (var post in recent.Json().EnumerateArray())
        {
            if (MastodonText.Plain(post.GetProperty("content").GetString() ?? "") == wanted)
            {
                return Published(post);
            }
        }

        return null;
    }

    /// <summary>An image answered with 202 cannot be attached until GET /api/v1/media/:id answers 200 (206 while processing).</summary>
    private async Task<PublishResult?> WaitForProcessingAsync(MastodonApi api, string id, MastodonAccountOptions options, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < options.MediaPollAttempts; attempt++)
        {
            await Task.Delay(options.MediaPollInterval, time, cancellationToken);
            var media = await api.GetMediaAsync(id, cancellationToken);
            if (media.Status == HttpStatusCode.OK)
            {
                return null;
            }

            if (media.Status != HttpStatusCode.PartialContent)
            {
                return MastodonFailures.Classify(media, time);
            }
        }

        return PublishResult.Failed(FailureKind.Transient, $"Mastodon was still processing the image after {options.MediaPollAttempts} checks.");
    }

    /// <summary>
    /// A token made for posting only cannot read the account's posts: the outcome stays unknown for a person to settle
    /// (the reconciler hands it over), instead of counting as refused credentials.
    /// </summary>
    private static PublishResult? LacksReadScopes(ApiReply reply) =>
        reply.Status == HttpStatusCode.Forbidden && reply.Body.Contains(MastodonScopes.OutsideScopes, StringComparison.Ordinal)
            ? PublishResult.Failed(FailureKind.Unknown, $"the account's token may post but not read its posts: connect it again on the Accounts page (scopes {MastodonScopes.For(true)}), or look on the instance yourself.")
            : null;

    private static PublishResult Published(JsonElement status) =>
        PublishResult.Published(status.GetProperty("id").GetString()!,
            status.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? new Uri(url.GetString()!) : null);

    public async Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken)
    {
        var options = accounts.Get(account);
        var me = await new MastodonApi(http.CreateClient(MastodonApi.ClientName), options).VerifyCredentialsAsync(cancellationToken);
        return me.IsSuccess
            ? new AccountStatus(true, $"signed in as @{me.Json().GetProperty("acct").GetString()} on {options.BaseUrl!.Host}")
            : new AccountStatus(false, LacksReadScopes(me) is { } scopes
                ? $"the token can post, but {scopes.Message}"
                : MastodonFailures.Classify(me, time).Message!);
    }
}
