using System.Net.Http.Json;
using System.Text.Json;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.X;

/// <summary>The X API v2 calls the publisher makes, each signed for one account.</summary>
internal sealed class XApi
{
    public const string ClientName = "X";
    private readonly HttpClient _client;

    public XApi(HttpClient client, XAccountOptions account, TimeProvider time)
    {
        client.Timeout = account.Timeout;
        _client = client;
        _root = account.Root(XAccountOptions.PublicApi);
        _signer = new(account, time);
    }

    private readonly Uri _root;
    private readonly XRequestSigner _signer;

    public Task<ApiReply> UploadImageAsync(ReadOnlyMemory<byte> image, string contentType, CancellationToken cancellationToken)
    {
        var content = new MultipartFormDataContent();
        var file = new ReadOnlyMemoryContent(image);
        file.Headers.ContentType = new(contentType);
        content.Add(file, "media", "card" + (contentType == "image/jpeg" ? ".jpg" : ".png"));
        content.Add(new StringContent("tweet_image"), "media_category");
        return SendAsync(HttpMethod.Post, "2/media/upload", content, "uploading the image", false, cancellationToken);
    }

    public Task<ApiReply> SetAltTextAsync(string mediaId, string altText, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "2/media/metadata",
            JsonContent.Create(new { id = mediaId, metadata = new { alt_text = new { text = altText } } }),
            "setting the alt text", false, cancellationToken);

    public Task<ApiReply> CreatePostAsync(string text, IReadOnlyList<string> mediaIds, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "2/tweets",
            JsonContent.Create(mediaIds.Count == 0 ? (object)new { text } : new { text, media = new { media_ids = mediaIds } }),
            "creating the post", true, cancellationToken);

    public Task<ApiReply> MeAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "2/users/me", null, "checking the account", false, cancellationToken);

    public Task<ApiReply> RecentPostsAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/tweets?max_results=20", null, "reading recent posts", false, cancellationToken);

    private async Task<ApiReply> SendAsync(HttpMethod method, string path, HttpContent? content, string step, bool createsPost, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, path)) { Content = content };
        _signer.Sign(request);
        return await ApiReply.SendAsync(_client, request, XPlatform.PlatformName, step, createsPost, cancellationToken);
    }

    public static string? DataId(ApiReply reply) =>
        reply.Json().TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
}
