using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Bluesky;

/// <summary>The XRPC procedures the publisher calls on one account's PDS.</summary>
internal sealed class BlueskyApi
{
    public const string ClientName = "Bluesky";
    private readonly HttpClient _client;
    private readonly Uri _root;

    public BlueskyApi(HttpClient client, BlueskyAccountOptions account)
    {
        client.Timeout = account.Timeout;
        _client = client;
        _root = account.Root(BlueskyAccountOptions.PublicApi);
    }

    public Task<ApiReply> CreateSessionAsync(string identifier, string password, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "com.atproto.server.createSession", null, JsonContent.Create(new { identifier, password }), "signing in", false, cancellationToken);

    public Task<ApiReply> RefreshSessionAsync(string refreshJwt, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "com.atproto.server.refreshSession", refreshJwt, null, "refreshing the session", false, cancellationToken);

    public Task<ApiReply> GetSessionAsync(string accessJwt, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "com.atproto.server.getSession", accessJwt, null, "checking the session", false, cancellationToken);

    public Task<ApiReply> UploadBlobAsync(string accessJwt, ReadOnlyMemory<byte> bytes, string contentType, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return SendAsync(HttpMethod.Post, "com.atproto.repo.uploadBlob", accessJwt, content, "uploading the image", false, cancellationToken);
    }

    public Task<ApiReply> CreateRecordAsync(string accessJwt, string did, string rkey, JsonObject record, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "com.atproto.repo.createRecord", accessJwt,
            JsonContent.Create(new JsonObject { ["repo"] = did, ["collection"] = "app.bsky.feed.post", ["rkey"] = rkey, ["record"] = record }),
            "creating the post", true, cancellationToken);

    public Task<ApiReply> GetRecordAsync(string did, string rkey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"com.atproto.repo.getRecord?repo={Uri.EscapeDataString(did)}&collection=app.bsky.feed.post&rkey={rkey}",
            null, null, "looking the post up", false, cancellationToken);

    public static string? ErrorName(ApiReply reply)
    {
        try
        {
            return reply.Json().TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<ApiReply> SendAsync(HttpMethod method, string procedure, string? bearer, HttpContent? content, string step, bool createsPost, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, "xrpc/" + procedure)) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await ApiReply.SendAsync(_client, request, BlueskyPlatform.PlatformName, step, createsPost, cancellationToken);
    }
}
