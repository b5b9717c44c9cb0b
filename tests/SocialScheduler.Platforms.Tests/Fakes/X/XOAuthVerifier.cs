using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.X;

/// <summary>
/// Checks an OAuth 1.0a header the way X does, written apart from the adapter's signer (on
/// <see cref="Uri.EscapeDataString(string)"/>) so that one mistake cannot hide in both.
/// </summary>
public sealed partial class XOAuthVerifier(string consumerKey, string consumerSecret, string token, string tokenSecret)
{
    private readonly ConcurrentDictionary<string, bool> _nonces = new(StringComparer.Ordinal);

    /// <summary>Null when the request is signed right, else why not.</summary>
    public string? Problem(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("OAuth ", StringComparison.Ordinal))
        {
            return "no OAuth header";
        }

        var oauth = HeaderParameter().Matches(header).ToDictionary(m => m.Groups[1].Value, m => Uri.UnescapeDataString(m.Groups[2].Value), StringComparer.Ordinal);
        if (oauth.GetValueOrDefault("oauth_consumer_key") != consumerKey || oauth.GetValueOrDefault("oauth_token") != token)
        {
            return "unknown consumer key or token";
        }

        if (oauth.GetValueOrDefault("oauth_signature_method") != "HMAC-SHA1" || oauth.GetValueOrDefault("oauth_version", "1.0") != "1.0")
        {
            return "unsupported signature method";
        }

        if (!long.TryParse(oauth.GetValueOrDefault("oauth_timestamp"), out var timestamp)
            || Math.Abs(timestamp - TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()) > 300)
        {
            return "timestamp out of bounds";
        }

        if (!oauth.TryGetValue("oauth_nonce", out var nonce) || !_nonces.TryAdd(nonce, true))
        {
            return "nonce used before";
        }

        var pairs = oauth.Where(p => p.Key != "oauth_signature" && p.Key != "realm")
            .Concat(request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")
            .Order(StringComparer.Ordinal);
        var url = $"{request.Scheme}://{request.Host.Value!.ToLowerInvariant()}{request.PathBase}{request.Path}";
        var text = $"{request.Method}&{Uri.EscapeDataString(url)}&{Uri.EscapeDataString(string.Join('&', pairs))}";
#pragma warning disable CA5350 // X's OAuth 1.0a is HMAC-SHA1 by definition.
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(consumerSecret)}&{Uri.EscapeDataString(tokenSecret)}"));
#pragma warning restore CA5350
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(oauth.GetValueOrDefault("oauth_signature", "")))
            ? null
            : "signature does not match";
    }

    [GeneratedRegex("([a-z_]+)=\"([^\"]*)\"")]
    private static partial Regex HeaderParameter();
}
