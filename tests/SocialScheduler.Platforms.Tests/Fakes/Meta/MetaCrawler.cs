using System.Net;

namespace SocialScheduler.Platforms.Tests.Fakes.Meta;

/// <summary>
/// Fetches an <c>image_url</c> the way Meta's servers do: a plain GET with no cookie and no redirect followed; the
/// answer must be 200 with an image type the platform takes, a length that matches and the bytes of that type.
/// </summary>
public static class MetaCrawler
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <returns>The type and bytes, or why the media could not be fetched.</returns>
    public static async Task<(string? Type, byte[]? Bytes, string? Refusal)> FetchAsync(Uri url, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(url, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (null, null, $"The media could not be fetched from this uri: HTTP {(int)response.StatusCode}");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType;
        var actual = bytes is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg" : bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : "unknown";
        if (response.Content.Headers.ContentLength != bytes.Length || type != actual)
        {
            return (null, null, $"The media could not be fetched from this uri: {type} declared, {actual} received");
        }

        return types.Contains(actual)
            ? (actual, bytes, null)
            : (null, null, $"Only {string.Join(", ", types)} images are supported; this is {actual}");
    }
}
