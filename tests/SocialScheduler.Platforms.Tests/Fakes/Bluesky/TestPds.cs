using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SocialScheduler.Testing;

namespace SocialScheduler.Platforms.Tests.Fakes.Bluesky;

/// <summary>An account on the real reference PDS that .ci/setup-bluesky-pds.sh starts, with an app password.</summary>
public sealed record PdsAccount(string Handle, string Did, string Password, string AppPassword);

/// <summary>Talks to the real PDS directly (not through the adapter) to set up and check what the adapter did.</summary>
public static class TestPds
{
    public const string JwtSecretVariable = "SOCIALSCHEDULER_TEST_PDS_JWT_SECRET";
    private static readonly HttpClient Http = new();

    public static Uri Url => Peers.BlueskyPds();

    public static async Task<PdsAccount> CreateAccountAsync(CancellationToken cancellationToken)
    {
        var handle = $"t{Guid.NewGuid():N}"[..12] + ".test";
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var account = await PostAsync("com.atproto.server.createAccount", null, new { handle, email = $"{handle}@example.com", password }, cancellationToken);
        var access = account.GetProperty("accessJwt").GetString()!;
        var app = await PostAsync("com.atproto.server.createAppPassword", access, new { name = "socialscheduler" }, cancellationToken);
        return new PdsAccount(handle, account.GetProperty("did").GetString()!, password, app.GetProperty("password").GetString()!);
    }

    public static async Task<JsonElement> GetRecordAsync(string atUri, CancellationToken cancellationToken)
    {
        var parts = atUri["at://".Length..].Split('/');
        return await GetAsync($"com.atproto.repo.getRecord?repo={parts[0]}&collection={parts[1]}&rkey={parts[2]}", cancellationToken);
    }

    public static async Task<int> CountPostsAsync(string did, CancellationToken cancellationToken) =>
        (await GetAsync($"com.atproto.repo.listRecords?repo={did}&collection=app.bsky.feed.post&limit=100", cancellationToken)).GetProperty("records").GetArrayLength();

    public static Task<byte[]> GetBlobAsync(string did, string cid, CancellationToken cancellationToken) =>
        Http.GetByteArrayAsync(new Uri(Url, $"/xrpc/com.atproto.sync.getBlob?did={did}&cid={cid}"), cancellationToken);

    /// <summary>An access token the PDS accepts as genuine but expired, as it would be after two hours.</summary>
    public static string ExpiredAccessToken(string did)
    {
        var secret = Environment.GetEnvironmentVariable(JwtSecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            if (Peers.InCi)
            {
                throw new InvalidOperationException($"{JwtSecretVariable} is not set: .ci/setup-bluesky-pds.sh writes it.");
            }

            Assert.Skip($"{JwtSecretVariable} is not set: it should hold the JWT secret the test PDS signs with.");
        }

        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        static string Part(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));
        var unsigned = $"{Part(new { typ = "at+jwt", alg = "HS256" })}.{Part(new { scope = "com.atproto.access", sub = did, aud = "did:web:localhost", iat = now - 7200, exp = now - 60 })}";
        return $"{unsigned}.{Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret!), Encoding.UTF8.GetBytes(unsigned)))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<JsonElement> GetAsync(string query, CancellationToken cancellationToken) =>
        await Http.GetFromJsonAsync<JsonElement>(new Uri(Url, "/xrpc/" + query), cancellationToken);

    private static async Task<JsonElement> PostAsync(string procedure, string? bearer, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url, "/xrpc/" + procedure)) { Content = JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        using var response = await Http.SendAsync(request, cancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{procedure}: {json}");
        return json;
    }
}
