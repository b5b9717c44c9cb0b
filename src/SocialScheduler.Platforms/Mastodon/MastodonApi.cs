using System.Net.Http.Headers;
using System.Net.Http.Json;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>The Mastodon REST calls the publisher makes on one account's instance.</summary>
internal sealed class MastodonApi
{
    public const string ClientName = "Mastodon";
    private readonly HttpClient _client;
    private readonly MastodonAccountOptions _account;

    public MastodonApi(HttpClient client, MastodonAccountOptions account)
    {
        client.Timeout = account.Timeout;
        _client = client;
        _account = account;
    }

    public Task<ApiReply> UploadMediaAsync(ReadOnlyMemory<byte> bytes, string contentType, string description, CancellationToken cancellationToken)
    {
        var file = new ReadOnlyMemoryContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var content = new MultipartFormDataContent
        {
            { file, "file", "card" + (contentType == "image/jpeg" ? ".jpg" : ".png") },
            { new StringContent(description), "description" },
        };
        return SendAsync(HttpMethod.Post, "api/v2/media", content, null, "uploading the image", false, cancellationToken);
    }

    public Task<ApiReply> GetMediaAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/v1/media/{Uri.EscapeDataString(id)}", null, null, "waiting for the image", false, cancellationToken);

    public Task<ApiReply> PostStatusAsync(string text, string language, IReadOnlyList<string> mediaIds, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/v1/statuses",
            JsonContent.Create(new { status = text, media_ids = mediaIds, language, visibility = _account.Visibility }),
            idempotencyKey, "creating the post", true, cancellationToken);

    public Task<ApiReply> VerifyCredentialsAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "api/v1/accounts/verify_credentials", null, null, "checking the account", false, cancellationToken);

    public Task<ApiReply> RecentStatusesAsync(string accountId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/v1/accounts/{Uri.EscapeDataString(accountId)}/statuses?limit=20", null, null, "reading recent posts", false, cancellationToken);

    private async Task<ApiReply> SendAsync(HttpMethod method, string path, HttpContent? content, string? idempotencyKey, string step, bool createsPost, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_account.Root(_account.BaseUrl!), path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _account.AccessToken);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await ApiReply.SendAsync(_client, request, MastodonPlatform.PlatformName, step, createsPost, cancellationToken);
    }
}
