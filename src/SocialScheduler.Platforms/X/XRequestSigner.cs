using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace SocialScheduler.Platforms.X;

/// <summary>Adds the OAuth 1.0a user-context <c>Authorization</c> header to a request for one X account.</summary>
internal sealed class XRequestSigner(XAccountOptions account, TimeProvider time)
{
    public void Sign(HttpRequestMessage request)
    {
        var oauth = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["oauth_consumer_key"] = account.ConsumerKey,
            ["oauth_nonce"] = Nonce(),
            ["oauth_signature_method"] = "HMAC-SHA1",
            ["oauth_timestamp"] = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["oauth_token"] = account.AccessToken,
            ["oauth_version"] = "1.0",
        };
        var url = request.RequestUri!;
        var baseString = OAuth1Signature.BaseString(request.Method.Method, url, oauth.Concat(OAuth1Signature.QueryParameters(url)));
        oauth["oauth_signature"] = OAuth1Signature.Sign(baseString, account.ConsumerSecret, account.AccessTokenSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", Header(oauth));
    }

    public static string Header(IEnumerable<KeyValuePair<string, string>> oauth) =>
        string.Join(", ", oauth.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{OAuth1Signature.Encode(p.Key)}=\"{OAuth1Signature.Encode(p.Value)}\""));

    private static string Nonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
