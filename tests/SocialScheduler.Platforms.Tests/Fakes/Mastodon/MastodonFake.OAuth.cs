using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.Mastodon;

/// <summary>
/// The instance's OAuth contract: apps registered with <c>POST /api/v1/apps</c>; <c>/oauth/authorize</c> checks the
/// client, redirect URI, scopes (within the app's) and an S256 challenge, then, as the signed-in user consenting
/// (or denying when <see cref="DenyNext"/>), redirects with a one-time code and the state unchanged;
/// <c>/oauth/token</c> checks client, secret, redirect URI and the PKCE verifier; <c>/oauth/revoke</c>.
/// <see cref="Pre43"/> plays an instance older than 4.3: no metadata document, no PKCE, no <c>profile</c> scope.
/// </summary>
public sealed partial class MastodonFake
{
    private static readonly string[] FullScopes = ["write:statuses", "write:media", "read:statuses", "profile"];
    private readonly ConcurrentDictionary<string, string[]> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, App> _apps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    private sealed record App(string ClientId, string Secret, string[] RedirectUris, string[] Scopes);

    private sealed record Grant(string ClientId, string RedirectUri, string[] Scopes, string? Challenge);

    public bool Pre43 { get; set; }

    /// <summary>The next authorization is denied by the user (error=access_denied).</summary>
    public bool DenyNext { get; set; }

    public int AppsRegistered => _apps.Count;

    /// <summary>Every token issued by <c>/oauth/token</c>, with its scopes.</summary>
    public ConcurrentQueue<(string Token, string[] Scopes)> Issued { get; } = new();

    public void AddToken(string token, params string[] scopes) => _tokens[token] = scopes;

    public void Revoke(string token) => _tokens.TryRemove(token, out _);

    private void MapOAuth(WebApplication app)
    {
        app.MapGet("/.well-known/oauth-authorization-server", () => Pre43
            ? Results.NotFound()
            : Results.Json(new
            {
                issuer = BaseUrl.AbsoluteUri,
                authorization_endpoint = BaseUrl + "oauth/authorize",
                token_endpoint = BaseUrl + "oauth/token",
                scopes_supported = new[] { "read", "write", "profile", "read:accounts", "read:statuses", "write:media", "write:statuses" },
                response_types_supported = new[] { "code" },
                code_challenge_methods_supported = new[] { "S256" },
                grant_types_supported = new[] { "authorization_code", "client_credentials" },
            }));
        app.MapPost("/api/v1/apps", (Func<HttpContext, Task<IResult>>)RegisterAsync);
        app.MapGet("/oauth/authorize", Authorize);
        app.MapPost("/oauth/token", (Func<HttpContext, Task<IResult>>)TokenAsync);
        app.MapPost("/oauth/revoke", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            _tokens.TryRemove(form["token"].ToString(), out _);
            return Results.Json(new { });
        });
    }

    private async Task<IResult> RegisterAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var redirects = form["redirect_uris"].ToString().Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries);
        var scopes = (form["scopes"].ToString() is { Length: > 0 } s ? s : "read").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (form["client_name"].ToString().Length == 0 || redirects.Length == 0)
        {
            return Results.Json(new { error = "Validation failed: Application name can't be blank, Redirect URI can't be blank" }, statusCode: 422);
        }

        if (scopes.Any(x => !Known(x)))
        {
            return Results.Json(new { error = "Validation failed: Scopes are invalid" }, statusCode: 422);
        }

        var registered = new App(Random(), Random(), redirects, scopes);
        _apps[registered.ClientId] = registered;
        return Results.Json(new { id = _apps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), name = form["client_name"].ToString(), client_id = registered.ClientId, client_secret = registered.Secret, redirect_uris = redirects, scopes });
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        var scopes = q["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (q["response_type"] != "code" || !_apps.TryGetValue(q["client_id"].ToString(), out var registered))
        {
            return Results.Json(new { error = "invalid_client", error_description = "Client authentication failed due to unknown client." }, statusCode: 401);
        }

        if (!registered.RedirectUris.Contains(q["redirect_uri"].ToString()))
        {
            return Results.Json(new { error = "invalid_redirect_uri", error_description = "The requested redirect uri is malformed or doesn't match client redirect URI." }, statusCode: 400);
        }

        var back = q["redirect_uri"].ToString();
        var state = Uri.EscapeDataString(q["state"].ToString());
        if (scopes.Length == 0 || scopes.Any(x => !registered.Scopes.Contains(x) || (Pre43 && x == "profile")))
        {
            return Results.Redirect($"{back}?error=invalid_scope&error_description={Uri.EscapeDataString("The requested scope is invalid, unknown, or malformed.")}&state={state}");
        }

        var challenge = q["code_challenge"].ToString();
        if (!Pre43 && (challenge.Length == 0 || q["code_challenge_method"] != "S256"))
        {
            return Results.Redirect($"{back}?error=invalid_request&error_description={Uri.EscapeDataString("Code challenge required.")}&state={state}");
        }

        if (DenyNext)
        {
            DenyNext = false;
            return Results.Redirect($"{back}?error=access_denied&error_description={Uri.EscapeDataString("The resource owner or authorization server denied the request.")}&state={state}");
        }

        var code = Random();
        _codes[code] = new Grant(registered.ClientId, back, scopes, challenge.Length == 0 ? null : challenge);
        return Results.Redirect($"{back}?code={code}&state={state}");
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var invalid = Results.Json(new
        {
            error = "invalid_grant",
            error_description = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
        }, statusCode: 400);
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return invalid;
        }

        if (!_apps.TryGetValue(form["client_id"].ToString(), out var registered) || registered.Secret != form["client_secret"] || grant.ClientId != registered.ClientId)
        {
            return Results.Json(new { error = "invalid_client", error_description = "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method." }, statusCode: 401);
        }

        var verifier = form["code_verifier"].ToString();
        if (grant.RedirectUri != form["redirect_uri"] || (grant.Challenge is { } challenge && Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != challenge))
        {
            return invalid;
        }

        var token = Random();
        _tokens[token] = grant.Scopes;
        Issued.Enqueue((token, grant.Scopes));
        return Results.Json(new { access_token = token, token_type = "Bearer", scope = string.Join(' ', grant.Scopes), created_at = 1_765_000_000 });
    }

    /// <summary>The scope an endpoint needs, as Mastodon's controllers declare it.</summary>
    private static string ScopeFor(string method, string path) => path switch
    {
        "/api/v2/media" => "write:media",
        _ when path.StartsWith("/api/v1/media/", StringComparison.Ordinal) => "write:media",
        "/api/v1/statuses" when method == "POST" => "write:statuses",
        "/api/v1/accounts/verify_credentials" => "profile",
        _ when path.StartsWith("/api/v1/accounts/", StringComparison.Ordinal) && path.EndsWith("/statuses", StringComparison.Ordinal) => "read:statuses",
        _ => "read",
    };

    /// <summary><c>read</c> and <c>write</c> cover their sub-scopes; <c>read:accounts</c> also lets an account read itself.</summary>
    private static bool Allows(string[] granted, string needed) =>
        granted.Contains(needed)
        || granted.Contains(needed.Split(':')[0])
        || (needed == "profile" && (granted.Contains("read:accounts") || granted.Contains("read")));

    private static bool Known(string scope) =>
        scope is "read" or "write" or "profile" or "follow" or "push" || scope.StartsWith("read:", StringComparison.Ordinal) || scope.StartsWith("write:", StringComparison.Ordinal);

    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
