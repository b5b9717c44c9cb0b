using SocialScheduler.Platforms.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.X;

/// <summary>
/// Posts to X through API v2 with OAuth 1.0a user context: one-shot media upload, alt text, then the post.
/// X has no language field: it detects the language from the text.
/// </summary>
internal sealed class XPublisher(IHttpClientFactory http, IOptionsMonitor<XAccountOptions> accounts, TimeProvider time, ILogger<XPublisher> logger)
    : IPlatformPublisher, IPublicationFinder, IAccountVerifier
{
    public string Platform => XPlatform.PlatformName;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(XPlatform.PlatformName, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var api = Api(request.Account);
        var mediaIds = new List<string>();
        foreach (var media in request.Media)
        {
            var upload = await api.UploadImageAsync(media.Content, media.ContentType, cancellationToken);
            if (!upload.IsSuccess || XApi.DataId(upload) is not { } mediaId)
            {
                return XFailures.Classify(upload, time);
            }

            var alt = await api.SetAltTextAsync(mediaId, media.AltText, cancellationToken);
            if (!alt.IsSuccess)
            {
                return XFailures.Classify(alt, time);
            }

            mediaIds.Add(mediaId);
        }

        var post = await api.CreatePostAsync(request.Text, mediaIds, cancellationToken);
        if (post.IsSuccess && XApi.DataId(post) is { } id)
        {
            logger.LogInformation("X published {PostId}.{Locale} for {Account} as {RemoteId}", request.PostId, request.Locale, request.Account, id);
            return PublishResult.Published(id, PostUrl(id));
        }

        if (XFailures.IsDuplicate(post))
        {
            // X refuses the same text twice: an earlier attempt probably posted it, so look before giving up.
            var found = await FindAsync(request, cancellationToken);
            return found is { Succeeded: true } ? found : PublishResult.Failed(FailureKind.Permanent, $"X answered {post.PlatformMessage()}");
        }

        return XFailures.Classify(post, time);
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var api = Api(request.Account);
        var me = await api.MeAsync(cancellationToken);
        if (!me.IsSuccess || XApi.DataId(me) is not { } userId)
        {
            return XFailures.Classify(me, time);
        }

        var recent = await api.RecentPostsAsync(userId, cancellationToken);
        if (!recent.IsSuccess)
        {
            return XFailures.Classify(recent, time);
        }

        var match = recent.Json().TryGetProperty("data", out var posts)
            ? posts.EnumerateArray().FirstOrDefault(p => SameText(p.GetProperty("text").GetString(), request.Text))
            : default;
        return match.ValueKind == System.Text.Json.JsonValueKind.Undefined
            ? null
            : PublishResult.Published(match.GetProperty("id").GetString()!, PostUrl(match.GetProperty("id").GetString()!));
    }

    /// <summary>X escapes &amp;, &lt; and &gt;, shortens links and appends the image link, so only the start of the text can be compared.</summary>
    private static bool SameText(string? posted, string sent) =>
        posted is not null && System.Net.WebUtility.HtmlDecode(posted).Normalize().StartsWith(sent.Normalize().Split("http", 2)[0].TrimEnd(), StringComparison.Ordinal);

    private static Uri PostUrl(string id) => new($"https://x.com/i/web/status/{id}");

    private XApi Api(string account) => new(http.CreateClient(XApi.ClientName), accounts.Get(account), time);

    public async Task<AccountStatus> VerifyAsync(string account, CancellationToken cancellationToken)
    {
        var me = await Api(account).MeAsync(cancellationToken);
        return me.IsSuccess
            ? new AccountStatus(true, "signed in as @" + me.Json().GetProperty("data").GetProperty("username").GetString())
            : new AccountStatus(false, XFailures.Classify(me, time).Message!);
    }
}
