using System.Net.Http.Headers;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Graph;

/// <summary>The Graph calls of the container flow for one account, under its version path, with its token as Bearer.</summary>
internal sealed class ContainerApi
{
    private readonly HttpClient _client;
    private readonly GraphAccountOptions _account;
    private readonly Uri _publicApi;
    private readonly ContainerDialect _dialect;

    public ContainerApi(HttpClient client, GraphAccountOptions account, Uri publicApi, ContainerDialect dialect)
    {
        client.Timeout = account.Timeout;
        (_client, _account, _publicApi, _dialect) = (client, account, publicApi, dialect);
    }

    /// <summary>Makes a container; nothing is published yet, so a lost answer leaves at most an unused container.</summary>
    public Task<ApiReply> CreateContainerAsync(IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, User(_dialect.Create), new FormUrlEncodedContent(fields), "making the media container", false, cancellationToken);

    public Task<ApiReply> StatusAsync(string container, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(container)}?fields=id,{_dialect.Status},status,error_message", null, "reading the container's status", false, cancellationToken);

    public Task<ApiReply> PublishAsync(string container, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, User(_dialect.Publish), new FormUrlEncodedContent([new("creation_id", container)]), "publishing the container", true, cancellationToken);

    public Task<ApiReply> QuotaAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, User(_dialect.Limit) + "?fields=quota_usage,config", null, "reading the publishing limit", false, cancellationToken);

    public Task<ApiReply> RecentAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, User(_dialect.Recent.Edge) + $"?fields=id,{_dialect.Recent.TextField},timestamp,permalink&limit=25", null, "reading recent posts", false, cancellationToken);

    public Task<ApiReply> PermalinkAsync(string media, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Uri.EscapeDataString(media)}?fields=permalink", null, "reading the post's link", false, cancellationToken);

    private string User(string edge) => $"{Uri.EscapeDataString(_account.UserId)}/{edge}";

    private async Task<ApiReply> SendAsync(HttpMethod method, string path, HttpContent? content, string step, bool createsPost, CancellationToken cancellationToken)
    {
        var url = new Uri(_account.Root(_publicApi), $"{_account.ApiVersion}/{path}");
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _account.AccessToken);
        return await ApiReply.SendAsync(_client, request, _dialect.Platform, step, createsPost, cancellationToken);
    }
}
