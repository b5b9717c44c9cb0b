using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Graph;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Facebook;

/// <summary>
/// Posts to a Facebook Page: a card as a multipart <c>source</c> upload to <c>/{page-id}/photos</c> with the text as
/// <c>message</c> and the alt text as <c>alt_text_custom</c>, a text alone to <c>/{page-id}/feed</c>. Graph has no
/// idempotency key: a duplicate refusal (506) and an unknown outcome are settled by reading the Page's recent posts.
/// </summary>
internal sealed class FacebookPublisher(IHttpClientFactory http, IOptionsMonitor<FacebookAccountOptions> accounts, TimeProvider time, ILogger<FacebookPublisher> logger)
    : IPlatformPublisher, IPublicationFinder
{
    private const string AuthHint = "Check the account's AccessToken: a Page access token with pages_manage_posts.";

    public string Platform => FacebookPlatform.PlatformName;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(FacebookPlatform.PlatformName, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var api = Api(request.Account);
        var reply = request.Media.Count > 0
            ? await api.PostPhotoAsync(request.Media[0].Content, request.Media[0].ContentType, request.Text, request.Media[0].AltText, cancellationToken)
            : await api.PostTextAsync(request.Text, cancellationToken);
        if (!reply.IsSuccess)
        {
            // The same text posted twice in a row is refused: the first one is the publication.
            return GraphFailures.Code(reply) == GraphFailures.Duplicate && await FindAsync(request, cancellationToken) is { Succeeded: true } found
                ? found
                : GraphFailures.Classify(FacebookPlatform.PlatformName, reply, time, AuthHint);
        }

        var json = reply.Json();
        var id = (json.TryGetProperty("post_id", out var postId) ? postId : json.GetProperty("id")).GetString()!;
        logger.LogInformation("Facebook published {PostId}.{Locale} for {Account} as {RemoteId}", request.PostId, request.Locale, request.Account, id);
        return PublishResult.Published(id, new Uri($"https://www.facebook.com/{id}"));
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var recent = await Api(request.Account).PublishedPostsAsync(cancellationToken);
        if (!recent.IsSuccess)
        {
            return GraphFailures.Classify(FacebookPlatform.PlatformName, recent, time, AuthHint);
        }

        foreach (var post in recent.Json().GetProperty("data").EnumerateArray())
        {
            if (post.TryGetProperty("message", out var message) && message.GetString() == request.Text)
            {
                var id = post.GetProperty("id").GetString()!;
                return PublishResult.Published(id, post.TryGetProperty("permalink_url", out var url) && url.ValueKind == JsonValueKind.String
                    ? new Uri(url.GetString()!)
                    : new Uri($"https://www.facebook.com/{id}"));
            }
        }

        return null;
    }

    private FacebookApi Api(string account) => new(http.CreateClient(FacebookApi.ClientName), accounts.Get(account));
}
