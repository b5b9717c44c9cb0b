using System.Net.Http.Headers;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Facebook;

/// <summary>The Graph API calls made on one Page, under the account's version path.</summary>
internal sealed class FacebookApi
{
    public const string ClientName = "Facebook";
    private readonly HttpClient _client;
    private readonly FacebookAccountOptions _account;

    public FacebookApi(HttpClient client, FacebookAccountOptions account)
    {
        client.Timeout = account.Timeout;
        _client = client;
        _account = account;
    }

    public Task<ApiReply> PostPhotoAsync(ReadOnlyMemory<byte> bytes, string contentType, string message, string altText, CancellationToken cancellationToken)
    {
        var file = new ReadOnlyMemoryContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var content = new MultipartFormDataContent
        {
            { file, "source", "card" + (contentType == "image/jpeg" ? ".jpg" : ".png") },
            { new StringContent(message), "message" },
            { new StringContent(altText), "alt_text_custom" },
        };
        return SendAsync(HttpMethod.Post, "photos", content, "posting the photo", true, cancellationToken);
    }

    public Task<ApiReply> PostTextAsync(string message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "feed", new FormUrlEncodedContent([new("message", message)]), "creating the post", true, cancellationToken);

    public Task<ApiReply> PublishedPostsAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "published_posts?fields=id,message,permalink_url&limit=25", null, "reading recent posts", false, cancellationToken);

    private async Task<ApiReply> SendAsync(HttpMethod method, string path, HttpContent? content, string step, bool createsPost, CancellationToken cancellationToken)
    {
        var url = new Uri(_account.Root(FacebookAccountOptions.PublicApi), $"{_account.ApiVersion}/{Uri.EscapeDataString(_account.PageId)}/{path}");
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _account.AccessToken);
        return await ApiReply.SendAsync(_client, request, FacebookPlatform.PlatformName, step, createsPost, cancellationToken);
    }
}
