using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>The OAuth calls of one Mastodon instance; every unexpected answer becomes a sentence for the person connecting.</summary>
internal sealed class MastodonOAuthClient(HttpClient client, Uri instance)
{
    public sealed record Server(bool SupportsPkce, bool HasProfileScope);

    public sealed record Token(string AccessToken, IReadOnlyList<string> Scopes);

    /// <summary>4.3 and later describe themselves; a 404 means an older instance.</summary>
    public async Task<Server> DiscoverAsync(CancellationToken cancellationToken)
    {
        var reply = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(instance, ".well-known/oauth-authorization-server")), "describing itself", cancellationToken);
        if (reply.Status == HttpStatusCode.NotFound)
        {
            return new Server(false, false);
        }

        var json = Object(reply, "describing itself");
        return new Server(Strings(json, "code_challenge_methods_supported").Contains("S256"), Strings(json, "scopes_supported").Contains("profile"));
    }

    public async Task<(string ClientId, string ClientSecret)> RegisterAppAsync(Uri redirectUri, string scopes, CancellationToken cancellationToken)
    {
        var reply = await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(instance, "api/v1/apps"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_name"] = "SocialScheduler",
                ["redirect_uris"] = redirectUri.AbsoluteUri,
                ["scopes"] = scopes,
            }),
        }, "registering the app", cancellationToken);
        var json = Object(reply, "registering the app");
        return (Text(json, "client_id", "registering the app"), Text(json, "client_secret", "registering the app"));
    }

    public async Task<Token> ExchangeAsync(string code, string clientId, string clientSecret, Uri redirectUri, string verifier, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
        };
        if (verifier.Length > 0)
        {
            form["code_verifier"] = verifier;
        }

        var reply = await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(instance, "oauth/token")) { Content = new FormUrlEncodedContent(form) },
            "issuing the token", cancellationToken);
        var json = Object(reply, "issuing the token");
        var scopes = json.TryGetProperty("scope", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new Token(Text(json, "access_token", "issuing the token"), scopes);
    }

    /// <summary>The account's name, read with the new token (<c>profile</c> or <c>read:accounts</c>).</summary>
    public async Task<string> WhoAsync(string accessToken, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, "api/v1/accounts/verify_credentials"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return Text(Object(await SendAsync(request, "reading the account", cancellationToken), "reading the account"), "acct", "reading the account");
    }

    private async Task<ApiReply> SendAsync(HttpRequestMessage request, string step, CancellationToken cancellationToken)
    {
        using (request)
        {
            var reply = await ApiReply.SendAsync(client, request, MastodonPlatform.PlatformName, step, false, cancellationToken);
            return reply.NetworkFailure is { } failure
                ? throw new AccountConnectException($"{instance.Host} could not be reached while {step}: {failure.Message}")
                : reply;
        }
    }

    private JsonElement Object(ApiReply reply, string step)
    {
        if (!reply.IsSuccess)
        {
            throw new AccountConnectException($"{instance.Host} refused {step}: {reply.PlatformMessage()}. Nothing was saved; check the address and start again.");
        }

        try
        {
            var json = reply.Json();
            return json.ValueKind == JsonValueKind.Object ? json : throw new JsonException();
        }
        catch (JsonException)
        {
            throw new AccountConnectException($"{instance.Host} did not answer like a Mastodon instance while {step}: check the address.");
        }
    }

    private string Text(JsonElement json, string name, string step) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new AccountConnectException($"{instance.Host} did not answer like a Mastodon instance while {step} (no {name}): check the address.");

    private static IReadOnlyList<string> Strings(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
