using SocialScheduler.Platforms.Accounts;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>
/// Posts to a Bluesky PDS: app-password session, <c>uploadBlob</c>, then an <c>app.bsky.feed.post</c> record with
/// <c>langs</c>, hashtag facets and <c>app.bsky.embed.images</c> (alt text, aspect ratio), under a record key fixed
/// per publication so no attempt can add a second post.
/// </summary>
internal sealed class BlueskyPublisher(
    IHttpClientFactory http, IOptionsMonitor<BlueskyAccountOptions> accounts, BlueskySessions sessions, TimeProvider time, ILogger<BlueskyPublisher> logger)
    : IPlatformPublisher, IPublicationFinder, IAccountVerifier
{
    public string Platform => BlueskyPlatform.PlatformName;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(BlueskyPlatform.PlatformName, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var options = accounts.Get(request.Account);
        if (request.Media.FirstOrDefault(m => m.Content.Length > options.MaxImageBytes) is { } tooBig)
        {
            return PublishResult.Failed(FailureKind.Permanent,
                $"The image is {tooBig.Content.Length:N0} bytes; Bluesky accepts at most {options.MaxImageBytes:N0} (Accounts:{request.Account}:MaxImageBytes).");
        }

        var (api, connection) = Connect(request.Account, options);
        if (await connection.OpenAsync(cancellationToken) is { } signInFailure)
        {
            return signInFailure;
        }

        var images = new JsonArray();
        foreach (var media in request.Media)
        {
            var upload = await connection.CallAsync(token => api.UploadBlobAsync(token, media.Content, media.ContentType, cancellationToken), cancellationToken);
            if (!upload.IsSuccess)
            {
                return BlueskyFailures.Classify(upload, time);
            }

            images.Add(new JsonObject
            {
                ["alt"] = media.AltText,
                ["image"] = JsonNode.Parse(upload.Json().GetProperty("blob").GetRawText()),
                ["aspectRatio"] = new JsonObject { ["width"] = media.Width, ["height"] = media.Height },
            });
        }

        var rkey = RecordKey.For(request);
        var record = Record(request, images);
        var created = await connection.CallAsync(
            token => api.CreateRecordAsync(token, connection.Session!.Did, rkey, record.DeepClone().AsObject(), cancellationToken), cancellationToken);
        if (created.IsSuccess)
        {
            logger.LogInformation("Bluesky published {PostId}.{Locale} for {Account} as {Uri}", request.PostId, request.Locale, request.Account, created.Json().GetProperty("uri").GetString());
            return Published(connection.Session!, rkey);
        }

        // The key is this publication's own: if a record holds it, an earlier attempt made it (the PDS answers 500 then).
        if (created.NetworkFailure is null && await LookUpAsync(api, connection.Session!, rkey, cancellationToken) is { Succeeded: true } existing)
        {
            return existing;
        }

        return BlueskyFailures.Classify(created, time);
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var (api, connection) = Connect(request.Account, accounts.Get(request.Account));
        return await connection.OpenAsync(cancellationToken) ?? await LookUpAsync(api, connection.Session!, RecordKey.For(request), cancellationToken);
    }

    private JsonObject Record(PublishRequest request, JsonArray images)
    {
        var record = new JsonObject
        {
            ["$type"] = "app.bsky.feed.post",
            ["text"] = request.Text,
            ["createdAt"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["langs"] = new JsonArray(request.Locale),
        };
        var facets = HashtagFacets.For(request.Text);
        if (facets.Count > 0)
        {
            record["facets"] = facets;
        }

        if (images.Count > 0)
        {
            record["embed"] = new JsonObject { ["$type"] = "app.bsky.embed.images", ["images"] = images };
        }

        return record;
    }

    private async Task<PublishResult?> LookUpAsync(BlueskyApi api, BlueskySession session, string rkey, CancellationToken cancellationToken)
    {
        var reply = await api.GetRecordAsync(session.Did, rkey, cancellationToken);
        return reply.IsSuccess ? Published(session, rkey)
            : reply.NetworkFailure is null && BlueskyApi.ErrorName(reply) is "RecordNotFound" or "InvalidRequest" ? null
            : BlueskyFailures.Classify(reply, time);
    }

    private static PublishResult Published(BlueskySession session, string rkey) =>
        PublishResult.Published($"at://{session.Did}/app.bsky.feed.post/{rkey}", new Uri($"https://bsky.app/profile/{session.Did}/post/{rkey}"));

    private (BlueskyApi Api, BlueskyConnection Connection) Connect(string account, BlueskyAccountOptions options)
    {
        var api = new BlueskyApi(http.CreateClient(BlueskyApi.ClientName), options);
        return (api, new BlueskyConnection(api, sessions, account, options, time));
    }

    public async Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken)
    {
        var (api, connection) = Connect(account, accounts.Get(account));
        if (await connection.SignInAgainAsync(cancellationToken) is { } failure)
        {
            return new AccountStatus(false, failure.Message!);
        }

        var session = await connection.CallAsync(token => api.GetSessionAsync(token, cancellationToken), cancellationToken);
        return session.IsSuccess
            ? new AccountStatus(true, $"signed in as {connection.Session!.Handle} ({connection.Session.Did})")
            : new AccountStatus(false, BlueskyFailures.Classify(session, time).Message!);
    }
}
