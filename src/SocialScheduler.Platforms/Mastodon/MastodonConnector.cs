using System.Security.Cryptography;
using System.Buffers.Text;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Platforms.Accounts;

namespace SocialScheduler.Platforms.Mastodon;

/// <summary>
/// Connects an account of any Mastodon instance: the app is registered on the instance once per callback address and
/// kept (<c>POST /api/v1/apps</c>), then the authorization code flow with PKCE (S256) and <c>state</c>, asking only
/// <see cref="MastodonScopes"/>. Instances older than 4.3 (no <c>/.well-known/oauth-authorization-server</c>) get
/// <c>read:accounts</c> instead of <c>profile</c> and no PKCE, which they do not know.
/// </summary>
internal sealed class MastodonConnector(IHttpClientFactory http, IConnectedAccountStore store, AccountCredentials credentials) : IAccountConnector
{
    public string Platform => MastodonPlatform.PlatformName;

    public ConnectMethod Method => ConnectMethod.OAuth;

    public async Task<AuthorizationStart> StartAsync(ConnectTarget target, Uri redirectUri, CancellationToken cancellationToken)
    {
        var instance = Instance(target.BaseUrl);
        var client = new MastodonOAuthClient(http.CreateClient(MastodonApi.ClientName), instance);
        var server = await client.DiscoverAsync(cancellationToken);
        var scopes = MastodonScopes.For(server.HasProfileScope);
        var registered = await store.FindClientAsync(Platform, instance, redirectUri, cancellationToken);
        if (registered is null || registered.Scopes != scopes || credentials.UnprotectSecret(registered.ProtectedSecret) is null)
        {
            var (id, secret) = await client.RegisterAppAsync(redirectUri, scopes, cancellationToken);
            registered = new OAuthClient(Platform, instance, redirectUri, id, credentials.ProtectSecret(secret), scopes);
            await store.SaveClientAsync(registered, cancellationToken);
        }

        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = registered.ClientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["scope"] = scopes,
            ["state"] = state,
        };
        if (server.SupportsPkce)
        {
            query["code_challenge"] = Base64Url.EncodeToString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
            query["code_challenge_method"] = "S256";
        }

        var authorize = new Uri(new Uri(instance, "oauth/authorize").AbsoluteUri + "?" +
            string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
        return new AuthorizationStart(authorize, state, redirectUri, instance, new Dictionary<string, string>
        {
            ["client_id"] = registered.ClientId,
            ["client_secret"] = registered.ProtectedSecret,
            ["code_verifier"] = server.SupportsPkce ? verifier : "",
            ["scope"] = scopes,
        });
    }

    public async Task<ObtainedCredentials> CompleteAsync(AuthorizationStart started, string code, CancellationToken cancellationToken)
    {
        var instance = started.BaseUrl!;
        var client = new MastodonOAuthClient(http.CreateClient(MastodonApi.ClientName), instance);
        var secret = credentials.UnprotectSecret(started.Kept["client_secret"])
            ?? throw new AccountConnectException("The app registration of this instance can no longer be read (the key ring changed): start the connection again.");
        var token = await client.ExchangeAsync(code, started.Kept["client_id"], secret, started.RedirectUri, started.Kept["code_verifier"], cancellationToken);
        var missing = started.Kept["scope"].Split(' ').Except(token.Scopes).ToList();
        if (missing.Count > 0)
        {
            throw new AccountConnectException($"{instance.Host} granted fewer scopes than asked ({string.Join(" ", missing)} missing): connect again and allow them all.");
        }

        var who = await client.WhoAsync(token.AccessToken, cancellationToken);
        return new ObtainedCredentials(new Dictionary<string, string> { ["AccessToken"] = token.AccessToken }, null, $"@{who}@{instance.Host}", instance);
    }

    public Task<ObtainedCredentials> SignInAsync(ConnectTarget target, string identifier, string password, CancellationToken cancellationToken) =>
        throw new AccountConnectException("Mastodon accounts connect through the instance's sign-in page, not with a password.");

    private static Uri Instance(Uri? baseUrl)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || baseUrl.Scheme is not ("https" or "http") || string.IsNullOrEmpty(baseUrl.Host))
        {
            throw new AccountConnectException($"The instance address '{baseUrl}' is not an http(s) address: write it as https://mastodon.social.");
        }

        return new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + "/");
    }
}
