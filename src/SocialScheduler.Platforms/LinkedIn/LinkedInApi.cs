using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.LinkedIn;

/// <summary>The Images and Posts API calls, with the version headers every <c>/rest</c> call needs.</summary>
internal sealed class LinkedInApi
{
    public const string ClientName = "LinkedIn";
    private readonly HttpClient _client;
    private readonly LinkedInAccountOptions _account;
    private readonly Uri _root;

    public LinkedInApi(HttpClient client, LinkedInAccountOptions account)
    {
        client.Timeout = account.Timeout;
        _client = client;
        _account = account;
        _root = account.Root(LinkedInAccountOptions.PublicApi);
    }

    public Task<ApiReply> InitializeUploadAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, new Uri(_root, "rest/images?action=initializeUpload"),
            JsonContent.Create(new { initializeUploadRequest = new { owner = _account.Author } }), "preparing the image upload", false, cancellationToken);

    public Task<ApiReply> UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> bytes, string contentType, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return SendAsync(HttpMethod.Put, uploadUrl, content, "uploading the image", false, cancellationToken);
    }

    public Task<ApiReply> CreatePostAsync(JsonObject post, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, new Uri(_root, "rest/posts"), JsonContent.Create(post), "creating the post", true, cancellationToken);

    public Task<ApiReply> PostsByAuthorAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, new Uri(_root, $"rest/posts?q=author&author={Uri.EscapeDataString(_account.Author)}&count=20"), null, "reading recent posts", false, cancellationToken);

    private async Task<ApiReply> SendAsync(HttpMethod method, Uri url, HttpContent? content, string step, bool createsPost, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _account.AccessToken);
        request.Headers.Add("LinkedIn-Version", _account.Version);
        request.Headers.Add("X-Restli-Protocol-Version", "2.0.0");
        return await ApiReply.SendAsync(_client, request, LinkedInPlatform.PlatformName, step, createsPost, cancellationToken);
    }
}
