using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Media;

namespace SocialScheduler.Platforms.PublicMedia;

/// <summary>A rendition that may be served: its file, its type and how long it has left.</summary>
public sealed record PublicMediaFile(string Path, string ContentType, TimeSpan Remaining);

/// <summary>
/// Keeps public renditions in <c>Media:Path</c> as <c>&lt;token&gt;.&lt;ext&gt;</c> (192 random bits, base64url) with a
/// <c>.expires</c> file beside each; a name is served only while that instant lies ahead, and deleted after it.
/// </summary>
/// <remarks>Thread-safe: files are written under a temporary name and moved into place, the expiry last.</remarks>
public sealed partial class PublicMediaStore(IOptions<PublicMediaOptions> options, TimeProvider time) : IPublicMedia
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = "jpg",
        ["image/png"] = "png",
    };

    public async Task<PublicMediaLink> ShareAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        if (!Extensions.TryGetValue(contentType, out var extension))
        {
            throw new ArgumentException($"'{contentType}' is not served publicly: use image/jpeg or image/png.", nameof(contentType));
        }

        var settings = options.Value;
        var baseUrl = settings.PublicBaseUrl
            ?? throw new InvalidOperationException("Media:PublicBaseUrl is missing: set it to the https address at which this service is reachable from the internet.");
        Sweep();
        var folder = Directory.CreateDirectory(settings.Path).FullName;
        var name = $"{Base64Url(RandomNumberGenerator.GetBytes(24))}.{extension}";
        var expiresAt = time.GetUtcNow() + settings.PublicLifetime;
        await WriteAsync(System.IO.Path.Combine(folder, name), content, cancellationToken);
        await WriteAsync(ExpiryOf(System.IO.Path.Combine(folder, name)), System.Text.Encoding.UTF8.GetBytes(expiresAt.ToString("O", CultureInfo.InvariantCulture)), cancellationToken);
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new PublicMediaLink(new Uri(root, "media/" + name), expiresAt);
    }

    /// <summary>The rendition named <paramref name="name"/> while it is live; null for any other name. An expired one is deleted.</summary>
    public PublicMediaFile? TryOpen(string name)
    {
        if (!FileName().IsMatch(name))
        {
            return null;
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(options.Value.Path), name);
        if (ExpiresAt(path) is not { } expiresAt || !File.Exists(path))
        {
            return null;
        }

        if (expiresAt <= time.GetUtcNow())
        {
            Delete(path);
            return null;
        }

        return new PublicMediaFile(path, Extensions.First(e => name.EndsWith("." + e.Value, StringComparison.Ordinal)).Key, expiresAt - time.GetUtcNow());
    }

    /// <summary>Deletes every rendition whose lifetime is over; returns how many.</summary>
    public int Sweep()
    {
        var folder = System.IO.Path.GetFullPath(options.Value.Path);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var expiry in Directory.EnumerateFiles(folder, "*.expires"))
        {
            var path = expiry[..^".expires".Length];
            if (ExpiresAt(path) is not { } at || at <= time.GetUtcNow())
            {
                Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    private static DateTimeOffset? ExpiresAt(string path)
    {
        try
        {
            return DateTimeOffset.TryParse(File.ReadAllText(ExpiryOf(path)), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(ExpiryOf(path));
    }

    private static string ExpiryOf(string path) => path + ".expires";

    private static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9_-]{32}\\.(jpg|png)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
