using System.Security.Cryptography;
using System.Text;

namespace SocialScheduler.Platforms.X;

/// <summary>
/// OAuth 1.0a HMAC-SHA1 signing (RFC 5849 §3.4). Only the query string and the <c>oauth_*</c> parameters are
/// signed here: X's v2 endpoints take JSON or multipart bodies, which the RFC leaves out of the signature.
/// </summary>
internal static class OAuth1Signature
{
    /// <summary>RFC 3986 percent-encoding of UTF-8 bytes: only <c>A-Z a-z 0-9 - . _ ~</c> stay as they are.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Scheme and host in lower case, default port left out, no query or fragment (§3.4.1.2).</summary>
    public static string BaseUri(Uri url)
    {
        var port = url.IsDefaultPort ? "" : $":{url.Port}";
        var path = string.IsNullOrEmpty(url.AbsolutePath) ? "/" : url.AbsolutePath;
        return $"{url.Scheme.ToLowerInvariant()}://{url.Host.ToLowerInvariant()}{port}{path}";
    }

    /// <summary>Encoded pairs sorted by name then value, in byte order (§3.4.1.3.2).</summary>
    public static string ParameterString(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Select(p => (Name: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    public static string BaseString(string method, Uri url, IEnumerable<KeyValuePair<string, string>> parameters) =>
        $"{method.ToUpperInvariant()}&{Encode(BaseUri(url))}&{Encode(ParameterString(parameters))}";

    public static string Sign(string baseString, string consumerSecret, string tokenSecret)
    {
        var key = Encoding.ASCII.GetBytes($"{Encode(consumerSecret)}&{Encode(tokenSecret)}");
#pragma warning disable CA5350 // OAuth 1.0a as X implements it defines HMAC-SHA1; there is no other choice.
        return Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.ASCII.GetBytes(baseString)));
#pragma warning restore CA5350
    }

    /// <summary>The query component's pairs, decoded as form data (<c>+</c> is a space).</summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri url)
    {
        var query = url.Query.TrimStart('?');
        if (query.Length == 0)
        {
            yield break;
        }

        foreach (var pair in query.Split('&'))
        {
            var parts = pair.Split('=', 2);
            yield return new(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : "");
        }
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
