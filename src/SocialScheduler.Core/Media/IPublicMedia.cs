namespace SocialScheduler.Core.Media;

/// <summary>A rendition reachable without sign-in at <paramref name="Url"/> until <paramref name="ExpiresAt"/>.</summary>
public sealed record PublicMediaLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Serves an image at an unguessable public address for a platform that fetches media itself instead of taking an
/// upload (Instagram, Threads). The address answers 404 and the file is deleted once its lifetime is over.
/// </summary>
/// <remarks>Thread-safe. Throws <see cref="IOException"/> when the rendition cannot be stored.</remarks>
public interface IPublicMedia
{
    /// <summary>Stores <paramref name="content"/> and returns its public address; the lifetime counts from now.</summary>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not an image type the service serves.</exception>
    Task<PublicMediaLink> ShareAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);
}

/// <summary>
/// A platform capability: its publisher hands the platform a public URL to fetch, so accounts on it need
/// <c>Media:PublicBaseUrl</c> at start.
/// </summary>
public sealed record FetchesMediaFromPublicUrl;
